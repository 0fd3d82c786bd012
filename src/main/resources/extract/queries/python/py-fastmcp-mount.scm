; Not a tool pattern: server composition, main.mount(sub, prefix="x") / main.import_server(sub, prefix="x"),
; read to prefix the names of the tools registered on the sub-server ("x_<name>")
(call
  function: (attribute attribute: (identifier) @method)
  arguments: (argument_list) @arguments
  (#any-of? @method "mount" "import_server")) @call
