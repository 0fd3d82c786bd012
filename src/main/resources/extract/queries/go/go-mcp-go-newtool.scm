; mark3labs/mcp-go: mcp.NewTool("name", mcp.WithDescription(...), mcp.WithString(...), ...)
; and mcp.NewToolWithRawSchema("name", "description", schema). The package must be an mcp import (checked in Java).
(call_expression
  function: (selector_expression
    operand: (identifier) @package
    field: (field_identifier) @function)
  arguments: (argument_list) @arguments
  (#any-of? @function "NewTool" "NewToolWithRawSchema")) @call
