; Function registered by add_tool: mcp.add_tool(fn, name=..., description=..., annotations=...)
(call
  function: (attribute object: (_) @receiver attribute: (identifier) @method)
  arguments: (argument_list . [(identifier) (attribute) (call) (subscript)] @target) @arguments
  (#eq? @method "add_tool")) @call
