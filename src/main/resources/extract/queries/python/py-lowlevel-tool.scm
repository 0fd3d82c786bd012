; Low-level server tool definition: types.Tool(name=..., description=..., inputSchema={...}), as returned by list_tools
(call
  function: [(identifier) (attribute)] @callee
  arguments: (argument_list (keyword_argument name: (identifier) @key)) @arguments
  (#match? @callee "(^|\\.)Tool$")
  (#any-of? @key "inputSchema" "input_schema")) @call
