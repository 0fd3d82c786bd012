package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Maps a Rust type to the JSON Schema type schemars gives it: scalars, {@code Option<T>} (optional),
 * collections, maps, and the crate's own enums (unit variants become a string enum), newtypes and aliases.
 */
final class RustTypes {

    /** What a type becomes in a schema. {@code struct} is the crate's struct the type names, when there is one. */
    record JsonType(String type, boolean optional, List<String> enumValues, RustSymbols.Item struct) {
        JsonType asOptional() {
            return new JsonType(type, true, enumValues, struct);
        }
    }

    private static final Set<String> INTEGERS = Set.of("i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32",
            "u64", "u128", "usize", "NonZeroU8", "NonZeroU16", "NonZeroU32", "NonZeroU64", "NonZeroUsize", "NonZeroI32",
            "NonZeroI64", "NonZeroU128", "NonZeroI128");
    private static final Set<String> NUMBERS = Set.of("f32", "f64", "Decimal", "BigDecimal");
    private static final Set<String> STRINGS = Set.of("String", "str", "char", "PathBuf", "Path", "OsString", "Uuid",
            "Url", "Uri", "DateTime", "NaiveDate", "NaiveDateTime", "NaiveTime", "Utc", "IpAddr", "Ipv4Addr", "Ipv6Addr",
            "SocketAddr", "SmolStr", "CompactString", "ArcStr", "Arc<str>", "Box<str>", "Date", "Time", "OffsetDateTime",
            "PrimitiveDateTime", "Regex", "Ulid", "EcoString");
    private static final Set<String> WRAPPERS = Set.of("Box", "Arc", "Rc", "Cow", "RefCell", "Cell", "Mutex", "Spanned");
    private static final Set<String> ARRAYS = Set.of("Vec", "VecDeque", "HashSet", "BTreeSet", "IndexSet", "SmallVec",
            "LinkedList", "BinaryHeap", "NonEmpty", "Vec1", "OneOrMany");
    private static final Set<String> OBJECTS = Set.of("HashMap", "BTreeMap", "IndexMap", "Map", "JsonObject", "Value",
            "JsonValue", "Object", "Json");

    private RustTypes() {
    }

    static JsonType of(ParsedFile file, TSNode type, SourceIndex index) {
        return of(file, type, index, 0);
    }

    private static JsonType of(ParsedFile file, TSNode type, SourceIndex index, int depth) {
        if (!SyntaxNodes.present(type) || depth > 6) {
            return plain("object");
        }
        switch (type.getType()) {
            case "reference_type", "pointer_type":
                return of(file, SyntaxNodes.field(type, "type"), index, depth + 1);
            case "array_type", "slice_type":
                return plain("array");
            case "tuple_type":
                return plain("array");
            case "unit_type":
                return plain("null");
            case "primitive_type":
                return primitive(file.text(type));
            case "generic_type":
                return generic(file, type, index, depth);
            case "type_identifier", "scoped_type_identifier":
                return named(file, RustNodes.lastSegment(file, type), index, depth);
            default:
                return plain("object");
        }
    }

    private static JsonType generic(ParsedFile file, TSNode type, SourceIndex index, int depth) {
        String base = RustNodes.lastSegment(file, SyntaxNodes.field(type, "type"));
        List<TSNode> args = typeArguments(type);
        TSNode first = args.isEmpty() ? null : args.get(0);
        if (base.equals("Option")) {
            return of(file, first, index, depth + 1).asOptional();
        }
        if (base.equals("Cow") || WRAPPERS.contains(base)) {
            TSNode inner = args.isEmpty() ? null : args.get(args.size() - 1);
            return of(file, inner, index, depth + 1);
        }
        if (ARRAYS.contains(base)) {
            return plain("array");
        }
        if (OBJECTS.contains(base)) {
            return plain("object");
        }
        if (STRINGS.contains(base)) {
            return plain("string");
        }
        return named(file, base, index, depth);
    }

    /** The type arguments of a generic type, skipping lifetimes. */
    static List<TSNode> typeArguments(TSNode generic) {
        List<TSNode> args = new ArrayList<>();
        for (TSNode child : RustNodes.namedChildren(SyntaxNodes.field(generic, "type_arguments"))) {
            if (!child.getType().equals("lifetime") && !RustNodes.isComment(child)) {
                args.add(child);
            }
        }
        return args;
    }

    private static JsonType named(ParsedFile file, String name, SourceIndex index, int depth) {
        if (INTEGERS.contains(name)) {
            return plain("integer");
        }
        if (NUMBERS.contains(name)) {
            return plain("number");
        }
        if (STRINGS.contains(name)) {
            return plain("string");
        }
        if (name.equals("bool")) {
            return plain("boolean");
        }
        if (ARRAYS.contains(name)) {
            return plain("array");
        }
        if (OBJECTS.contains(name)) {
            return plain("object");
        }
        Optional<RustSymbols.Item> item = RustSymbols.find(file, index, name, RustSymbols.TYPES);
        if (item.isEmpty()) {
            return plain("object");
        }
        ParsedFile where = item.get().file();
        TSNode node = item.get().node();
        switch (node.getType()) {
            case "type_item":
                return of(where, SyntaxNodes.field(node, "type"), index, depth + 1);
            case "enum_item":
                return RustEnums.of(where, node);
            default:
                TSNode body = SyntaxNodes.field(node, "body");
                if (body != null && body.getType().equals("ordered_field_declaration_list")) {
                    List<TSNode> fields = RustNodes.namedChildren(body).stream()
                            .filter(child -> !child.getType().equals("attribute_item") && !child.getType().equals("visibility_modifier")
                                    && !RustNodes.isComment(child))
                            .toList();
                    return fields.size() == 1 ? of(where, fields.get(0), index, depth + 1) : plain("array");
                }
                return new JsonType("object", false, List.of(), item.get());
        }
    }

    private static JsonType primitive(String name) {
        if (INTEGERS.contains(name)) {
            return plain("integer");
        }
        if (NUMBERS.contains(name)) {
            return plain("number");
        }
        if (name.equals("bool")) {
            return plain("boolean");
        }
        return plain("string");
    }

    static JsonType plain(String type) {
        return new JsonType(type, false, List.of(), null);
    }
}
