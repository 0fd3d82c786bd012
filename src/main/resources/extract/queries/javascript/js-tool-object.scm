; an object literal with a name property: a candidate tool definition ({name, description, inputSchema}, ...)
((object
   [
     (pair key: (_) @key)
     (shorthand_property_identifier) @key
   ]) @object
 (#match? @key "^[\"']?name[\"']?$"))
