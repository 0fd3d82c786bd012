; A tool value built by hand (low-level list_tools handlers):
; Tool { name: "x".into(), description: Some("..".into()), input_schema: .., annotations: .. }
(struct_expression
  name: [
    (type_identifier) @type
    (scoped_type_identifier name: (type_identifier) @type)
  ]
  body: (field_initializer_list) @fields
  (#eq? @type "Tool")) @tool
