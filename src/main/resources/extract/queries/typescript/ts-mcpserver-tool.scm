; McpServer.tool(name, description?, shape?, annotations?, handler) on any receiver
((call_expression
   function: (member_expression
     property: (property_identifier) @method)
   arguments: (arguments . (_) @name) @args) @call
 (#eq? @method "tool"))
