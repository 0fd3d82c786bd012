; McpServer.tool(name, description?, shape?, annotations?, handler) on any receiver, and a local wrapper of the
; same positional shape called bare (`tool(name, title, description, shape, annotations, handler)`)
((call_expression
   function: [
     (member_expression property: (property_identifier) @method)
     (identifier) @method
   ]
   arguments: (arguments . (_) @name) @args) @call
 (#eq? @method "tool"))
