; A Quarkus MCP server ToolManager registration in Kotlin: toolManager.newTool("name") followed by setters.
(
  (call_expression
    (navigation_expression
      (navigation_suffix (simple_identifier) @method))
    (call_suffix (value_arguments))) @call
  (#eq? @method "newTool")
)
