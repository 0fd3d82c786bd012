; A call to a project helper that builds a tool from its parameters, e.g. newTool("x", "does x", mcp.WithString(...)).
; Which callees are such helpers is decided in Java (a tool inside them is named by a parameter).
(call_expression
  function: [
    (identifier) @callee
    (selector_expression field: (field_identifier) @callee)
  ]
  arguments: (argument_list) @arguments
  (#not-match? @callee "^(append|make|len|new|panic|print|println|cap|copy|delete|Sprintf|Errorf|Error|String)$")) @call
