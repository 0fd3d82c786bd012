; A tool written as a struct literal: mcp.Tool{Name: ..., Description: ..., InputSchema: ..., Annotations: ...}
; (official go-sdk, mcp-go, or a project's own Tool type). The Name field is checked in Java.
(composite_literal
  type: [
    (qualified_type name: (type_identifier) @type)
    (type_identifier) @type
  ]
  body: (literal_value) @body
  (#eq? @type "Tool")) @literal
