; A method carrying an annotation named Tool (simple or qualified); the extractor checks where it is imported from.
(
  (method_declaration
    (modifiers
      [(annotation name: (_) @annotation)
       (marker_annotation name: (_) @annotation)])
    name: (identifier) @name) @method
  (#match? @annotation "^([A-Za-z_][A-Za-z0-9_]*\\.)*Tool$")
)
