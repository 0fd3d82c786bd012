; Macro calls whose arguments may be expressions the parser kept as raw tokens (vec![..], smallvec![..], ..).
; Used to re-read such arguments as code, not to find tools.
(macro_invocation
  macro: [
    (identifier) @name
    (scoped_identifier name: (identifier) @name)
  ]
  (token_tree) @arguments
  (#not-match? @name "^(json|format|format_args|println|eprintln|print|eprint|write|writeln|concat|include_str|matches|assert|assert_eq|assert_ne|debug_assert|panic|todo|unreachable|info|debug|warn|error|trace|stringify|cfg|env|macro_rules|quote|html)$")) @call
