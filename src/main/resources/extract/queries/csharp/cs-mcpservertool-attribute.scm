; C# SDK: a method (or local function) marked [McpServerTool] / [McpServerTool(Name = .., ReadOnly = .., ..)],
; usually in a class marked [McpServerToolType]; early SDK previews spelled it [McpTool("name")].
(_
  (attribute_list
    (attribute
      name: [
        (identifier) @attribute
        (qualified_name name: (identifier) @attribute)
      ]))
  (#any-of? @attribute "McpServerTool" "McpServerToolAttribute" "McpTool" "McpToolAttribute")) @method
