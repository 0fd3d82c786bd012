package io.mcpcatalog.extract.csharp;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.StaticText;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Maps a C# type to the JSON Schema type System.Text.Json gives it (enums of the tree become string enums,
 * as the SDK serializes enums by name), and tells which parameter types the SDK injects instead of reading
 * them from the call's arguments.
 */
final class CsTypes {

    /** What a type becomes in a schema. */
    record JsonType(String type, List<String> enumValues) {
    }

    private static final Set<String> INTEGERS = Set.of("int", "long", "short", "byte", "sbyte", "uint", "ulong", "ushort",
            "nint", "nuint", "Int16", "Int32", "Int64", "UInt16", "UInt32", "UInt64", "Byte", "SByte", "BigInteger", "Int128");
    private static final Set<String> NUMBERS = Set.of("double", "float", "decimal", "Double", "Single", "Decimal", "Half");
    private static final Set<String> STRINGS = Set.of("string", "char", "String", "Char", "Guid", "DateTime", "DateTimeOffset",
            "TimeSpan", "DateOnly", "TimeOnly", "Uri", "Version");
    private static final Set<String> BOOLEANS = Set.of("bool", "Boolean");
    private static final Set<String> ARRAYS = Set.of("List", "IList", "IEnumerable", "ICollection", "IReadOnlyList",
            "IReadOnlyCollection", "HashSet", "ISet", "IReadOnlySet", "SortedSet", "ImmutableArray", "ImmutableList",
            "ReadOnlyCollection", "Collection", "Queue", "Stack", "LinkedList", "IAsyncEnumerable", "ConcurrentBag", "Memory",
            "ReadOnlyMemory");
    private static final Set<String> OBJECTS = Set.of("Dictionary", "IDictionary", "IReadOnlyDictionary", "ConcurrentDictionary",
            "SortedDictionary", "ImmutableDictionary", "JsonElement", "JsonNode", "JsonObject", "JsonDocument", "object", "Object",
            "ExpandoObject", "JObject", "JToken", "Hashtable");
    /** Types the SDK (or ASP.NET / DI) supplies: never part of the input schema. */
    private static final Set<String> INJECTED = Set.of("CancellationToken", "McpServer", "IMcpServer", "RequestContext",
            "IServiceProvider", "IProgress", "ClaimsPrincipal", "HttpClient", "IHttpClientFactory", "ILogger", "ILoggerFactory",
            "IConfiguration", "IOptions", "IOptionsSnapshot", "IOptionsMonitor", "IHostEnvironment", "IWebHostEnvironment",
            "IHttpContextAccessor", "HttpContext", "IMemoryCache", "IDistributedCache", "IMcpEndpoint", "IMcpServerSession",
            "Kernel", "IChatClient", "IEmbeddingGenerator", "McpServerOptions", "IMediator", "ISender", "IPublisher", "DbContext",
            "TimeProvider", "IHostApplicationLifetime", "IServiceScopeFactory", "JsonSerializerOptions");
    private static final List<String> SERVICE_SUFFIXES = List.of("Service", "Client", "Repository", "Repo", "Manager",
            "Provider", "Factory", "DbContext", "Context", "Store", "Handler", "Cache", "Accessor", "Helper", "Gateway",
            "Facade", "Executor", "Engine", "Tracker", "Registry", "Api", "Session", "Connection");

    private CsTypes() {
    }

    /** The parameter's type without nullability and generic arguments, e.g. {@code List} for {@code List<int>?}. */
    static String baseName(ParsedFile file, TSNode type) {
        TSNode inner = unwrapNullable(type);
        return inner == null ? "" : CsNodes.simpleName(file, inner);
    }

    static boolean isNullable(TSNode type) {
        return SyntaxNodes.present(type) && type.getType().equals("nullable_type");
    }

    private static TSNode unwrapNullable(TSNode type) {
        TSNode current = type;
        while (SyntaxNodes.present(current) && (current.getType().equals("nullable_type") || current.getType().equals("ref_type")
                || current.getType().equals("scoped_type"))) {
            List<TSNode> named = CsNodes.namedChildren(current);
            current = named.isEmpty() ? null : named.get(0);
        }
        return current;
    }

    /** Whether a parameter of this type is supplied by the SDK or the DI container rather than by the caller. */
    static boolean isInjected(ParsedFile file, TSNode type) {
        String name = baseName(file, type);
        if (INJECTED.contains(name)) {
            return true;
        }
        if (name.length() > 2 && name.charAt(0) == 'I' && Character.isUpperCase(name.charAt(1)) && !ARRAYS.contains(name)
                && !OBJECTS.contains(name) && !name.startsWith("IEnumerable") && !name.equals("IFormFile")) {
            return true; // an interface cannot be read from JSON arguments: it is a service
        }
        for (String suffix : SERVICE_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length() && !ARRAYS.contains(name) && !OBJECTS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    static JsonType of(ParsedFile file, TSNode type, SourceIndex index) {
        TSNode inner = unwrapNullable(type);
        if (!SyntaxNodes.present(inner)) {
            return new JsonType("object", List.of());
        }
        if (inner.getType().equals("array_type")) {
            return new JsonType("array", List.of());
        }
        if (inner.getType().equals("tuple_type")) {
            return new JsonType("object", List.of());
        }
        String name = CsNodes.simpleName(file, inner);
        if (name.equals("Nullable") && inner.getType().equals("generic_name")) {
            List<TSNode> args = typeArguments(inner);
            return args.isEmpty() ? new JsonType("object", List.of()) : of(file, args.get(0), index);
        }
        if (INTEGERS.contains(name)) {
            return new JsonType("integer", List.of());
        }
        if (NUMBERS.contains(name)) {
            return new JsonType("number", List.of());
        }
        if (STRINGS.contains(name)) {
            return new JsonType("string", List.of());
        }
        if (BOOLEANS.contains(name)) {
            return new JsonType("boolean", List.of());
        }
        // Framework collections are generic; a project's own type named "Collection" (a bookmark folder) is not one.
        if (ARRAYS.contains(name) && inner.getType().equals("generic_name")) {
            return new JsonType("array", List.of());
        }
        if (OBJECTS.contains(name)) {
            return new JsonType("object", List.of());
        }
        Optional<CsSymbols.Item> declared = CsSymbols.find(file, index, null, name, CsSymbols.ENUMS);
        if (declared.isPresent()) {
            return new JsonType("string", enumValues(declared.get().file(), declared.get().node()));
        }
        return new JsonType("object", List.of());
    }

    private static List<TSNode> typeArguments(TSNode generic) {
        List<TSNode> args = new ArrayList<>();
        for (TSNode list : CsNodes.childrenOfType(generic, "type_argument_list")) {
            args.addAll(CsNodes.namedChildren(list));
        }
        return args;
    }

    /** An enum's member names as JsonStringEnumConverter writes them ({@code [JsonStringEnumMemberName]} applied). */
    static List<String> enumValues(ParsedFile file, TSNode enumDeclaration) {
        List<String> values = new ArrayList<>();
        for (TSNode list : CsNodes.childrenOfType(enumDeclaration, "enum_member_declaration_list")) {
            for (TSNode member : CsNodes.childrenOfType(list, "enum_member_declaration")) {
                TSNode name = SyntaxNodes.field(member, "name");
                if (name == null) {
                    List<TSNode> ids = CsNodes.childrenOfType(member, "identifier");
                    name = ids.isEmpty() ? null : ids.get(0);
                }
                if (name == null) {
                    continue;
                }
                List<TSNode> attributes = CsAttributes.of(member, "");
                Optional<TSNode> renamed = CsAttributes.firstArgument(file, attributes, "JsonStringEnumMemberName");
                String value = renamed.flatMap(node -> new CsStrings(null).expression(file, node)).map(StaticText::text)
                        .orElse(file.text(name));
                values.add(value);
            }
        }
        return values;
    }
}
