; A Quarkus MCP server ToolManager registration: toolManager.newTool("name") followed by a chain of setters.
(
  (method_invocation
    name: (identifier) @method
    arguments: (argument_list)) @call
  (#eq? @method "newTool")
)
