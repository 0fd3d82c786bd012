; Named members other code refers to: constants and fields (names, descriptions), properties, enums
; (parameter types), methods and types (method groups passed to McpServerTool.Create). Used to resolve
; references, not to find tools.
[
  (field_declaration (variable_declaration (variable_declarator name: (identifier) @name))) @item
  (property_declaration name: (identifier) @name) @item
  (enum_declaration name: (identifier) @name) @item
  (method_declaration name: (identifier) @name) @item
  (local_function_statement name: (identifier) @name) @item
  (class_declaration name: (identifier) @name) @item
  (struct_declaration name: (identifier) @name) @item
  (record_declaration name: (identifier) @name) @item
  (interface_declaration name: (identifier) @name) @item
]
