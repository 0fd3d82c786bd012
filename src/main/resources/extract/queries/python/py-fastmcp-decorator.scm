; FastMCP tool decorator on a function: @mcp.tool, @mcp.tool(), @server.tool(name=..., description=..., annotations=...)
(decorated_definition
  (decorator
    [
      (attribute object: (_) @receiver attribute: (identifier) @method)
      (call
        function: (attribute object: (_) @receiver attribute: (identifier) @method)
        arguments: (argument_list) @arguments)
    ] @decorator)
  definition: (function_definition) @function
  (#eq? @method "tool"))
