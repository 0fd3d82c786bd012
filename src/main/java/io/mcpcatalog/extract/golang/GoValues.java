package io.mcpcatalog.extract.golang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Evaluates Go expressions as far as source allows: strings (literals, constants, concatenation, Sprintf, helper
 * functions that return them), booleans, the elements of slices built with append, and the entries of maps.
 * Every evaluation is bounded in depth, so cyclic definitions end as unknown.
 */
final class GoValues {

    private static final int MAX_DEPTH = 60;
    private static final Set<String> STRING_FUNCTIONS = Set.of("strings.TrimSpace", "strings.ToLower", "strings.ToUpper",
            "strings.TrimPrefix", "strings.TrimSuffix", "string", "dedent.Dedent", "heredoc.Doc");

    private final GoResolver resolver;
    private int depth;

    GoValues(GoSession session) {
        this.resolver = new GoResolver(session, this);
    }

    GoResolver resolver() {
        return resolver;
    }

    private boolean enter() {
        return ++depth <= MAX_DEPTH;
    }

    private void leave() {
        depth--;
    }

    /** The string an expression evaluates to. */
    Str str(Expr e) {
        try {
            return enter() ? strOf(e) : Str.UNKNOWN;
        } finally {
            leave();
        }
    }

    private Str strOf(Expr e) {
        TSNode node = GoSyntax.unwrap(e.node());
        if (node == null) {
            return Str.UNKNOWN;
        }
        Expr x = e.with(node);
        String literal = GoSyntax.stringLiteral(e.file(), node);
        if (literal != null) {
            return Str.of(literal);
        }
        switch (node.getType()) {
            case "binary_expression" -> {
                TSNode op = GoSyntax.field(node, "operator");
                return op != null && e.file().text(op).equals("+")
                        ? str(x.with(GoSyntax.field(node, "left"))).concat(str(x.with(GoSyntax.field(node, "right"))))
                        : Str.UNKNOWN;
            }
            case "identifier" -> {
                return strOfRef(resolver.identifier(x));
            }
            case "selector_expression" -> {
                GoResolver.Ref ref = resolver.selector(x);
                if (ref instanceof GoResolver.Value || ref instanceof GoResolver.Embedded) {
                    return strOfRef(ref);
                }
                Expr value = field(x.with(GoSyntax.field(node, "operand")), e.file().text(GoSyntax.field(node, "field")));
                return value == null ? Str.UNKNOWN : str(value);
            }
            case "call_expression" -> {
                return callStr(x);
            }
            case "unary_expression" -> {
                // &s: a helper such as ptr(v T) *T { return &v } hands a string field its address.
                TSNode op = GoSyntax.field(node, "operator");
                return op != null && e.file().text(op).equals("&")
                        ? str(x.with(GoSyntax.field(node, "operand"))) : Str.UNKNOWN;
            }
            default -> {
                return Str.UNKNOWN;
            }
        }
    }

    private Str strOfRef(GoResolver.Ref ref) {
        if (ref instanceof GoResolver.Value value) {
            return str(value.expr());
        }
        if (ref instanceof GoResolver.Embedded embedded) {
            return Str.of(embedded.text());
        }
        if (ref instanceof GoResolver.Bound bound) {
            return bound.arg().variadic() || bound.arg().values().isEmpty() ? Str.UNKNOWN : str(bound.arg().values().get(0));
        }
        return ref instanceof GoResolver.Unbound ? Str.UNBOUND : Str.UNKNOWN;
    }

    private Str callStr(Expr call) {
        TSNode function = GoSyntax.unwrap(GoSyntax.field(call.node(), "function"));
        List<TSNode> args = GoSyntax.named(GoSyntax.field(call.node(), "arguments"));
        String callee = function == null ? "" : call.file().text(function);
        if (callee.equals("fmt.Sprintf") && !args.isEmpty()) {
            return GoFormat.sprintf(str(call.with(args.get(0))), args.subList(1, args.size()).stream()
                    .map(a -> str(call.with(a))).toList());
        }
        if (callee.equals("strings.Join") && args.size() == 2) {
            Str separator = str(call.with(args.get(1)));
            Str joined = null;
            for (Expr element : elements(call.with(args.get(0)))) {
                joined = joined == null ? str(element) : joined.concat(separator).concat(str(element));
            }
            return joined == null ? Str.UNKNOWN : joined;
        }
        if (STRING_FUNCTIONS.contains(callee) && !args.isEmpty()) {
            Str inner = str(call.with(args.get(0)));
            return switch (callee) {
                case "strings.TrimSpace", "dedent.Dedent", "heredoc.Doc" -> new Str(inner.text().strip(), inner.complete(), inner.unbound());
                case "strings.ToLower" -> new Str(inner.text().toLowerCase(java.util.Locale.ROOT), inner.complete(), inner.unbound());
                case "strings.ToUpper" -> new Str(inner.text().toUpperCase(java.util.Locale.ROOT), inner.complete(), inner.unbound());
                case "strings.TrimPrefix", "strings.TrimSuffix" -> trim(callee, inner, args.size() > 1 ? str(call.with(args.get(1))) : Str.UNKNOWN);
                default -> inner;
            };
        }
        GoSession.Decl decl = resolver.callee(call);
        if (decl != null) {
            Str result = GoFunctions.returnStr(this, decl, resolver.bind(decl, call));
            return result == null ? Str.UNKNOWN : result;
        }
        if (function != null && args.size() == 1 && isType(call.with(function))) {
            return str(call.with(args.get(0)));
        }
        if (args.size() == 2 && function != null && !function.getType().equals("func_literal")) {
            Str fallback = str(call.with(args.get(1)));
            if (fallback.complete()) {
                return fallback;
            }
        }
        return Str.UNKNOWN;
    }

    private static Str trim(String callee, Str inner, Str affix) {
        if (!affix.complete()) {
            return inner.partial();
        }
        String text = inner.text();
        if (callee.endsWith("Prefix") && text.startsWith(affix.text())) {
            text = text.substring(affix.text().length());
        } else if (callee.endsWith("Suffix") && inner.complete() && text.endsWith(affix.text())) {
            text = text.substring(0, text.length() - affix.text().length());
        }
        return new Str(text, inner.complete(), inner.unbound());
    }

    private boolean isType(Expr function) {
        GoResolver.Ref ref = function.type().equals("identifier") ? resolver.identifier(function)
                : function.type().equals("selector_expression") ? resolver.selector(function) : GoResolver.UNKNOWN;
        return ref instanceof GoResolver.Func f && f.decl().kind().equals("type");
    }

    /** The boolean an expression evaluates to, or null when unknown. */
    Boolean bool(Expr e) {
        try {
            return enter() ? boolOf(e) : null;
        } finally {
            leave();
        }
    }

    private Boolean boolOf(Expr e) {
        TSNode node = GoSyntax.unwrap(e.node());
        if (node == null) {
            return null;
        }
        Expr x = e.with(node);
        switch (node.getType()) {
            case "true" -> {
                return true;
            }
            case "false" -> {
                return false;
            }
            case "identifier", "selector_expression" -> {
                GoResolver.Ref ref = node.getType().equals("identifier") ? resolver.identifier(x) : resolver.selector(x);
                if (ref instanceof GoResolver.Value value) {
                    return bool(value.expr());
                }
                if (ref instanceof GoResolver.Bound bound && !bound.arg().variadic() && !bound.arg().values().isEmpty()) {
                    return bool(bound.arg().values().get(0));
                }
                return null;
            }
            case "unary_expression" -> {
                String op = e.file().text(GoSyntax.field(node, "operator"));
                Boolean inner = bool(x.with(GoSyntax.field(node, "operand")));
                return op.equals("!") ? (inner == null ? null : !inner) : op.equals("&") || op.equals("*") ? inner : null;
            }
            case "binary_expression" -> {
                return binaryBool(x);
            }
            case "call_expression" -> {
                GoSession.Decl decl = resolver.callee(x);
                List<TSNode> args = GoSyntax.named(GoSyntax.field(node, "arguments"));
                if (decl != null) {
                    Expr returned = resolver.returned(decl, resolver.bind(decl, x), 0);
                    return returned == null ? null : bool(returned);
                }
                return args.size() == 1 ? bool(x.with(args.get(0))) : null;
            }
            default -> {
                return null;
            }
        }
    }

    private Boolean binaryBool(Expr x) {
        String op = x.file().text(GoSyntax.field(x.node(), "operator"));
        Expr left = x.with(GoSyntax.field(x.node(), "left"));
        Expr right = x.with(GoSyntax.field(x.node(), "right"));
        switch (op) {
            case "&&", "||" -> {
                Boolean a = bool(left);
                Boolean b = bool(right);
                boolean and = op.equals("&&");
                if (Boolean.valueOf(!and).equals(a) || Boolean.valueOf(!and).equals(b)) {
                    return !and;
                }
                return a != null && b != null ? and : null;
            }
            case "==", "!=" -> {
                Boolean equal = null;
                Str a = str(left);
                Str b = str(right);
                if (a.complete() && b.complete() && !a.unbound() && !b.unbound()) {
                    equal = a.text().equals(b.text());
                } else {
                    Boolean p = bool(left);
                    Boolean q = bool(right);
                    equal = p != null && q != null ? p.equals(q) : null;
                    java.math.BigDecimal m = equal == null ? number(left) : null;
                    java.math.BigDecimal n = m == null ? null : number(right);
                    if (n != null) {
                        equal = m.compareTo(n) == 0;
                    }
                }
                return equal == null ? null : op.equals("==") == equal;
            }
            default -> {
                return null;
            }
        }
    }

    /** The number an expression evaluates to (a literal, or a constant or argument naming one), or null. */
    java.math.BigDecimal number(Expr e) {
        Expr target = deref(e);
        if (target == null || !(target.type().equals("int_literal") || target.type().equals("float_literal"))) {
            return null;
        }
        try {
            return new java.math.BigDecimal(target.text().replace("_", ""));
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** Whether an expression mentions a parameter that is unbound where it is evaluated. */
    boolean mentionsUnbound(Expr e) {
        for (TSNode identifier : GoSyntax.descendants(e.node(), Set.of("identifier"))) {
            if (resolver.identifier(e.with(identifier)) instanceof GoResolver.Unbound) {
                return true;
            }
        }
        return false;
    }

    /** Follows names, pointers and helper calls to the expression that gives a value. */
    Expr deref(Expr e) {
        Expr current = e;
        for (int hops = 0; hops < 24 && current != null; hops++) {
            TSNode node = GoSyntax.unwrap(current.node());
            if (node == null) {
                return null;
            }
            current = current.with(node);
            Expr next = null;
            switch (node.getType()) {
                case "unary_expression" -> {
                    String op = current.file().text(GoSyntax.field(node, "operator"));
                    next = op.equals("&") || op.equals("*") ? current.with(GoSyntax.field(node, "operand")) : null;
                }
                case "identifier", "selector_expression" -> {
                    GoResolver.Ref ref = node.getType().equals("identifier") ? resolver.identifier(current)
                            : resolver.selector(current);
                    if (ref instanceof GoResolver.Value value) {
                        next = value.expr();
                    } else if (ref instanceof GoResolver.Bound bound && !bound.arg().variadic()
                            && !bound.arg().values().isEmpty()) {
                        next = bound.arg().values().get(0);
                    }
                }
                case "call_expression" -> {
                    GoSession.Decl decl = resolver.callee(current);
                    next = decl == null ? null : resolver.returned(decl, resolver.bind(decl, current), 0);
                }
                default -> {
                }
            }
            if (next == null) {
                return current;
            }
            current = next;
        }
        return current;
    }

    /** The value of field {@code name} in the struct literal an expression leads to, or null. */
    Expr field(Expr e, String name) {
        Expr literal = deref(e);
        TSNode body = literal == null ? null : body(literal.node());
        if (body == null) {
            return null;
        }
        for (TSNode element : GoSyntax.named(body)) {
            if (element.getType().equals("keyed_element")) {
                TSNode key = GoSyntax.unwrap(GoSyntax.field(element, "key"));
                if (key != null && key.getType().equals("identifier") && literal.file().text(key).equals(name)) {
                    return literal.with(GoSyntax.unwrap(GoSyntax.field(element, "value")));
                }
            }
        }
        return null;
    }

    /** The literal_value of a composite literal (or the node itself when it is an elided literal_value). */
    static TSNode body(TSNode node) {
        if (node == null) {
            return null;
        }
        if (node.getType().equals("literal_value")) {
            return node;
        }
        return node.getType().equals("composite_literal") ? GoSyntax.field(node, "body") : null;
    }

    /** The elements of a slice: literal elements, appends (also to a local after its definition), variadic arguments. */
    List<Expr> elements(Expr e) {
        try {
            return enter() ? GoCollections.elements(this, e) : List.of();
        } finally {
            leave();
        }
    }

    /** The entries of a map with string keys: literal entries, index assignments and maps.Copy into a local. */
    Map<String, Expr> entries(Expr e) {
        try {
            return enter() ? GoCollections.entries(this, e) : new LinkedHashMap<>();
        } finally {
            leave();
        }
    }

    static List<Expr> listOf(Expr literal) {
        List<Expr> out = new ArrayList<>();
        TSNode body = body(literal.node());
        if (body != null) {
            for (TSNode element : GoSyntax.named(body)) {
                if (element.getType().equals("literal_element")) {
                    out.add(literal.with(GoSyntax.unwrap(element)));
                }
            }
        }
        return out;
    }
}
