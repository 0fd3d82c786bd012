; Call sites of a registration helper of the repository (which ones is decided in code):
; audited_tool(mcp, 'name', annotations=...)(fn), @register(mcp, 'name'), @register, register_tool(mcp, fn, 'name')
[
  (call
    function: (call
      function: [(identifier) (attribute)] @wrapper
      arguments: (argument_list) @arguments)
    arguments: (argument_list . (_) @target)) @call
  (call
    function: [(identifier) (attribute)] @wrapper
    arguments: (argument_list) @arguments) @call
  (decorated_definition
    (decorator
      [
        (identifier) @wrapper
        (attribute) @wrapper
        (call function: [(identifier) (attribute)] @wrapper arguments: (argument_list) @arguments)
      ]) @call
    definition: (function_definition) @function)
]
