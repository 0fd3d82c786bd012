; Tool object built from a function: Tool.from_function(fn, name=...), FunctionTool.from_function(...) (FastMCP 2)
(call
  function: (attribute object: (_) @class attribute: (identifier) @method)
  arguments: (argument_list) @arguments
  (#eq? @method "from_function")
  (#match? @class "(^|\\.)(Function)?Tool$")) @call
