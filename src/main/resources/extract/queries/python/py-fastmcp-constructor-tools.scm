; Functions handed to the server's constructor: FastMCP("name", tools=[search, fetch])
(call
  function: [(identifier) (attribute)] @class
  arguments: (argument_list
    (keyword_argument name: (identifier) @key value: [(list) (tuple)] @tools))
  (#match? @class "(^|\\.)(FastMCP|MCPServer)$")
  (#eq? @key "tools")) @call
