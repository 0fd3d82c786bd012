; Other Rust MCP SDKs' attribute macro: #[mcp_tool(name = .., description = .., title = .., read_only_hint = .., ..)]
; on a struct whose fields are the tool's arguments (rust-mcp-sdk), or on a function (pmcp and others).
; The marked item is the next item after the attribute (attributes are siblings of items in the tree).
(attribute_item
  (attribute
    [
      (identifier) @macro
      (scoped_identifier name: (identifier) @macro)
    ])
  (#eq? @macro "mcp_tool")) @attribute
