; A tool object built in Kotlin: the Kotlin SDK's Tool(...), or the Java SDK's McpSchema.Tool(...) and
; McpSchema.Tool.builder() / Tool.builder() chains; the extractor checks the imports and reads the whole chain.
(
  (call_expression
    [(simple_identifier) @type
     (navigation_expression) @type]
    (call_suffix)) @tool
  (#match? @type "^(([a-z][a-z0-9_]*\\.)*McpSchema\\.)?Tool(\\.builder)?$")
)
