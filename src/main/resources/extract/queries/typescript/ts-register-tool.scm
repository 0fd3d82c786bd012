; registerTool(name, {title, description, inputSchema, annotations}, handler), and wrappers of the same shape
; (e.g. accountTool, addTool, registerToolWithExtra); calls that use or query tools (callTool, getTool, ...) are not registrations
((call_expression
   function: [
     (identifier) @method
     (member_expression property: (property_identifier) @method)
   ]
   arguments: (arguments . (_) @name . (_) @config) @args) @call
 (#match? @method "^([A-Za-z_$]*[Tt]ool|register[A-Za-z_$]*Tool(With|And|For)[A-Za-z_$]*)$")
 (#not-match? @method "^(tool|(call|get|run|execute|invoke|use|remove|delete|disable|enable|find|has|is|handle|validate|update|unregister|set|check|track|log|record|emit|mock|wrap|to|from|parse|format|build|make)[A-Z_].*)$"))
