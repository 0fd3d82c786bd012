; A Spring AI function tool in Kotlin: FunctionToolCallback.builder("name", function) starting a builder chain.
(
  (call_expression
    (navigation_expression
      (simple_identifier) @type
      (navigation_suffix (simple_identifier) @factory))
    (call_suffix (value_arguments))) @call
  (#eq? @type "FunctionToolCallback")
  (#eq? @factory "builder")
)
