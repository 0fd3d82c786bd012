package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * The shape of a type annotation in the syntax tree (the grammar spells {@code List[str]} as generic_type or
 * subscript, {@code A | B} as union_type or binary_operator), and the JSON type of builtin and pydantic scalars.
 */
final class PyTypeSyntax {

    private static final Map<String, String> SCALARS = scalars();

    private PyTypeSyntax() {
    }

    /** The JSON Schema type of a builtin, typing or pydantic type name; null when it is not one. */
    static String scalar(String name) {
        return SCALARS.get(name);
    }

    /** The head name of a type expression (last dotted segment, "|" for a union operator), filling its arguments. */
    static String head(ParsedFile file, TSNode node, List<TSNode> args) {
        switch (node.getType()) {
            case "identifier", "attribute" -> {
                return PyAst.lastName(file, node);
            }
            case "none" -> {
                return "None";
            }
            case "member_type" -> {
                List<TSNode> parts = PyAst.named(node);
                return parts.isEmpty() ? "" : file.text(parts.get(parts.size() - 1));
            }
            case "string" -> {
                String forward = PyStrings.literal(file, node, e -> null).text().strip();
                return forward.matches("[A-Za-z_][\\w.]*") ? forward.substring(forward.lastIndexOf('.') + 1) : "";
            }
            case "binary_operator", "union_type" -> {
                if (isUnion(file, node)) {
                    flattenUnion(file, node, args);
                    return "|";
                }
                return "";
            }
            case "generic_type" -> {
                List<TSNode> children = PyAst.named(node);
                for (TSNode child : children.subList(1, children.size())) {
                    if (child.getType().equals("type_parameter")) {
                        PyAst.named(child).forEach(a -> args.add(PyAst.unwrap(a)));
                    }
                }
                return children.isEmpty() ? "" : head(file, children.get(0), new ArrayList<>());
            }
            case "subscript" -> {
                for (int i = 0; i < node.getChildCount(); i++) {
                    if ("subscript".equals(node.getFieldNameForChild(i))) {
                        args.add(PyAst.unwrap(node.getChild(i)));
                    }
                }
                if (args.size() == 1 && PyAst.is(args.get(0), "tuple")) {
                    TSNode tuple = args.remove(0);
                    PyAst.named(tuple).forEach(args::add);
                }
                return PyAst.lastName(file, node.getChildByFieldName("value"));
            }
            default -> {
                return "";
            }
        }
    }

    static TSNode headNode(TSNode node) {
        if (node.getType().equals("generic_type")) {
            return node.getNamedChild(0);
        }
        return node.getType().equals("subscript") ? node.getChildByFieldName("value") : node;
    }

    private static boolean isUnion(ParsedFile file, TSNode node) {
        if (PyAst.is(node, "union_type")) {
            return true;
        }
        TSNode operator = PyAst.is(node, "binary_operator") ? node.getChildByFieldName("operator") : null;
        return PyAst.present(operator) && file.text(operator).equals("|");
    }

    /** The members of {@code A | B | C}, whether the grammar gives a union_type or binary operators. */
    private static void flattenUnion(ParsedFile file, TSNode node, List<TSNode> args) {
        List<TSNode> sides = PyAst.is(node, "union_type") ? PyAst.named(node)
                : List.of(node.getChildByFieldName("left"), node.getChildByFieldName("right"));
        for (TSNode side : sides) {
            TSNode inner = PyAst.unwrap(side);
            if (isUnion(file, inner)) {
                flattenUnion(file, inner, args);
            } else {
                args.add(inner);
            }
        }
    }

    private static Map<String, String> scalars() {
        Map<String, String> types = new java.util.HashMap<>();
        for (String s : List.of("str", "bytes", "AnyStr", "EmailStr", "NameEmail", "HttpUrl", "AnyUrl", "AnyHttpUrl", "Url",
                "FileUrl", "UUID", "UUID1", "UUID3", "UUID4", "UUID5", "datetime", "date", "time", "timedelta", "Path",
                "PurePath", "FilePath", "DirectoryPath", "NewPath", "SecretStr", "SecretBytes", "IPv4Address", "IPv6Address",
                "IPvAnyAddress", "IPvAnyNetwork", "IPvAnyInterface", "Pattern", "constr", "StrictStr", "StrictBytes",
                "Base64Str", "Base64Bytes", "LiteralString", "AwareDatetime", "NaiveDatetime", "PastDate", "FutureDate")) {
            types.put(s, "string");
        }
        for (String s : List.of("int", "PositiveInt", "NegativeInt", "NonNegativeInt", "NonPositiveInt", "StrictInt", "conint")) {
            types.put(s, "integer");
        }
        for (String s : List.of("float", "Decimal", "PositiveFloat", "NegativeFloat", "NonNegativeFloat", "NonPositiveFloat",
                "StrictFloat", "FiniteFloat", "confloat", "condecimal")) {
            types.put(s, "number");
        }
        types.put("bool", "boolean");
        types.put("StrictBool", "boolean");
        for (String s : List.of("list", "List", "Sequence", "MutableSequence", "tuple", "Tuple", "set", "Set", "frozenset",
                "FrozenSet", "AbstractSet", "MutableSet", "Iterable", "Collection", "conlist", "conset", "Deque", "deque")) {
            types.put(s, "array");
        }
        for (String s : List.of("dict", "Dict", "Mapping", "MutableMapping", "DefaultDict", "OrderedDict", "Counter",
                "TypedDict", "JsonDict")) {
            types.put(s, "object");
        }
        return Map.copyOf(types);
    }
}
