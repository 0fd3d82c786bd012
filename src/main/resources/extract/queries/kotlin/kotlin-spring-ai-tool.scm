; A function carrying an annotation named Tool (simple or qualified); the extractor checks where it is imported from.
(
  (function_declaration
    (modifiers
      (annotation
        [(user_type) @annotation
         (constructor_invocation (user_type) @annotation)]))
    (simple_identifier) @name) @method
  (#match? @annotation "^([A-Za-z_][A-Za-z0-9_]*\\.)*Tool$")
)
