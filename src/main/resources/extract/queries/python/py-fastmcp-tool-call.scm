; FastMCP tool decorator applied by a call: mcp.tool(name=...)(fn), mcp.tool()(self.method), or mcp.tool(fn, name=...)
[
  (call
    function: (call
      function: (attribute object: (_) @receiver attribute: (identifier) @method)
      arguments: (argument_list) @arguments)
    arguments: (argument_list . (_) @target)
    (#eq? @method "tool")) @call
  (call
    function: (attribute object: (_) @receiver attribute: (identifier) @method)
    arguments: (argument_list . [(identifier) (attribute) (call) (subscript)] @target) @arguments
    (#eq? @method "tool")) @call
]
