; C# SDK low-level handlers: a protocol Tool object written out,
; new Tool { Name = .., Description = .., InputSchema = .., Annotations = new() { ReadOnlyHint = .. } },
; or new() { Name = .., InputSchema = .. } where the list's type says it is a Tool.
[
  (object_creation_expression
    type: [
      (identifier) @type
      (qualified_name name: (identifier) @type)
    ]
    initializer: (initializer_expression) @init
    (#eq? @type "Tool"))
  (implicit_object_creation_expression
    (initializer_expression) @init)
] @tool
