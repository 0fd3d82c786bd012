package io.mcpcatalog.extract.typescript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.extract.SchemaParams;
import io.mcpcatalog.extract.ToolParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * A tool's input schema from whatever the code passes: a zod raw shape, a zod object (`z.object(...)`, `X.shape`,
 * extend/merge/pick...), a JSON Schema literal, or a converter call (`zodToJsonSchema(X)`, `z.toJSONSchema(X)`)
 * or another wrapper around one of these.
 */
final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern CONVERTER = Pattern.compile("(?i).*(to_?json_?schema|json_?schema|schema_?to|zod_?to).*");

    private Schemas() {
    }

    static Optional<SchemaInfo> of(Resolver resolver, Ref ref) {
        if (ref == null || !Ts.present(ref.node()) || !resolver.enter()) {
            return Optional.empty();
        }
        try {
            Optional<SchemaInfo> found = read(resolver, resolver.resolve(ref));
            TSNode node = Ts.unwrap(ref.node());
            if (found.isEmpty() && Ts.is(node, "call_expression") && Ts.is(Ts.unwrap(node.getChildByFieldName("function")), "identifier")
                    && !Resolver.arguments(node).isEmpty()) {
                return of(resolver, ref.at(Resolver.arguments(node).get(0)));
            }
            return found;
        } finally {
            resolver.exit();
        }
    }

    private static Optional<SchemaInfo> read(Resolver resolver, Ref value) {
        TSNode node = value.node();
        List<TSNode> members = Ts.namedChildren(node);
        if (Ts.is(node, "object") && members.size() == 1 && Ts.is(members.get(0), "spread_element")) {
            return of(resolver, value.at(Ts.namedChildren(members.get(0)).get(0)));
        }
        if (Ts.is(node, "object") && JsonLiterals.isJsonSchema(resolver, value)) {
            return JsonLiterals.of(resolver, value).map(json -> SchemaInfo.of(SchemaParams.fromSchema(json), json));
        }
        Optional<List<ZodShapes.Member>> shape = ZodShapes.of(resolver, value);
        if (shape.isPresent()) {
            return Optional.of(fromZod(resolver, shape.get()));
        }
        if (!Ts.is(node, "call_expression")) {
            return Optional.empty();
        }
        TSNode callee = Ts.unwrap(node.getChildByFieldName("function"));
        String name = value.file().text(callee);
        String last = name.substring(name.lastIndexOf('.') + 1);
        List<TSNode> args = Resolver.arguments(node);
        if (args.isEmpty() || name.startsWith("z.") || name.startsWith("zod.")) {
            return name.matches("(z|zod)\\.(toJSONSchema|toJsonSchema)") && !args.isEmpty()
                    ? of(resolver, value.at(args.get(0))) : Optional.empty();
        }
        if (CONVERTER.matcher(last).matches() || Ts.is(callee, "identifier")) {
            return of(resolver, value.at(args.get(0)));
        }
        return Optional.empty();
    }

    static SchemaInfo fromZod(Resolver resolver, List<ZodShapes.Member> members) {
        List<ToolParam> params = new ArrayList<>();
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (ZodShapes.Member member : members) {
            ZodType type = ZodTypes.of(resolver, member.value());
            boolean isRequired = member.optional() != null ? !member.optional() : !type.optional();
            params.add(new ToolParam(member.name(), type.type(), isRequired, type.description(), type.enumValues()));
            properties.set(member.name(), property(type));
            if (isRequired) {
                required.add(member.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return SchemaInfo.of(params, schema);
    }

    private static JsonNode property(ZodType type) {
        ObjectNode property = NODES.objectNode();
        if (type.type().contains("|")) {
            ArrayNode types = property.putArray("type");
            for (String t : type.type().split("\\|")) {
                types.add(t);
            }
        } else if (!type.type().equals("any")) {
            property.put("type", type.type());
        }
        if (type.itemsType() != null && !type.itemsType().equals("any") && !type.itemsType().contains("|")) {
            property.putObject("items").put("type", type.itemsType());
        }
        if (!type.enumValues().isEmpty()) {
            ArrayNode values = property.putArray("enum");
            type.enumValues().forEach(values::add);
        }
        if (type.description() != null) {
            property.put("description", type.description());
        }
        return property;
    }
}
