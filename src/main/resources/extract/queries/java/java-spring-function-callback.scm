; A Spring AI function tool: FunctionToolCallback.builder("name", function) starting a builder chain.
(
  (method_invocation
    object: (_) @type
    name: (identifier) @factory) @call
  (#match? @type "^([a-z][a-z0-9_]*\\.)*FunctionToolCallback$")
  (#eq? @factory "builder")
)
