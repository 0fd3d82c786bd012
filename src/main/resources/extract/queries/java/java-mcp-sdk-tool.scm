; An MCP Java SDK tool object: new McpSchema.Tool(...) / new Tool(...), or the start of a builder chain
; McpSchema.Tool.builder(...) / Tool.builder(...); the extractor checks the imports and reads the whole chain.
(
  [
    (object_creation_expression
      type: (_) @type)
    (method_invocation
      object: (_) @type
      name: (identifier) @factory)
  ] @tool
  (#match? @type "^(([a-z][a-z0-9_]*\\.)*McpSchema\\.)?Tool$")
  (#eq? @factory "builder")
)
