; A call of addTool with value arguments: server.addTool(name = "x", description = "...", inputSchema = ...) { },
; or addTool("x", "...") inside a Server receiver; the extractor checks the imports and the arguments.
(
  (call_expression
    [(simple_identifier) @function
     (navigation_expression (navigation_suffix (simple_identifier) @function))]
    (call_suffix (value_arguments))) @call
  (#eq? @function "addTool")
)
