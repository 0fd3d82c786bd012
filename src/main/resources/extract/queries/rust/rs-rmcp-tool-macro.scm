; rmcp (official Rust SDK): a #[tool(..)] / #[rmcp::tool(..)] attribute on an item of an impl block.
; The method it marks is the next item after the attribute (attributes are siblings of items in the tree);
; the extractor checks that it is a method of an impl marked #[tool_router] / #[tool(tool_box)] or of a file using rmcp.
(declaration_list
  (attribute_item
    (attribute
      [
        (identifier) @macro
        (scoped_identifier name: (identifier) @macro)
      ]) @attribute)
  (#eq? @macro "tool"))
