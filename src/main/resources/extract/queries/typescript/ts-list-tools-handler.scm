; low-level server: setRequestHandler(ListToolsRequestSchema, handler returning { tools: [...] })
((call_expression
   function: (member_expression
     property: (property_identifier) @method)
   arguments: (arguments . (_) @schema . (_) @handler)) @call
 (#eq? @method "setRequestHandler")
 (#match? @schema "ListToolsRequestSchema|tools/list"))
