; FastMCP contrib mixin: @mcp_tool(name=..., description=...) on a method of an MCPMixin class, registered with register_all
(decorated_definition
  (decorator
    [
      (identifier) @decorator_name
      (call function: (identifier) @decorator_name arguments: (argument_list) @arguments)
    ] @decorator)
  definition: (function_definition) @function
  (#eq? @decorator_name "mcp_tool"))
