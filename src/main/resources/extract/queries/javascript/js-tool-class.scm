; a class that defines one tool through fields (name/toolName, description, argsShape/inputSchema/schema)
[
  (class_declaration)
  (class)
] @class
