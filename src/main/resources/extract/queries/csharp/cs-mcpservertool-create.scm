; C# SDK: a tool made at run time from a delegate, lambda or MethodInfo:
; McpServerTool.Create(target, new McpServerToolCreateOptions { Name = .., Description = .., .. }).
(invocation_expression
  function: (member_access_expression
    expression: [
      (identifier) @type
      (qualified_name name: (identifier) @type)
      (member_access_expression name: (identifier) @type)
    ]
    name: (identifier) @method)
  arguments: (argument_list) @args
  (#eq? @type "McpServerTool")
  (#eq? @method "Create")) @call
