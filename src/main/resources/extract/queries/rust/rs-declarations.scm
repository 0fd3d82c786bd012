; Named items other code refers to: structs and enums (parameter types), consts and statics (names,
; descriptions), type aliases. Used to resolve references, not to find tools.
[
  (struct_item name: (type_identifier) @name) @item
  (enum_item name: (type_identifier) @name) @item
  (const_item name: (identifier) @name) @item
  (static_item name: (identifier) @name) @item
  (type_item name: (type_identifier) @name) @item
]
