; A tool value made with rmcp's constructors: Tool::new("x", "desc", schema) / Tool::new_with_raw("x", Some(..), schema),
; possibly followed by .with_annotations(..) / .annotate(..) / .with_title(..).
(call_expression
  function: (scoped_identifier
    path: [
      (identifier) @type
      (scoped_identifier name: (identifier) @type)
    ]
    name: (identifier) @constructor)
  arguments: (arguments) @args
  (#eq? @type "Tool")
  (#any-of? @constructor "new" "new_with_raw")) @tool
