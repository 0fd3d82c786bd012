package io.mcpcatalog.extract.typescript;

import java.util.List;

/** What a zod (or JSON Schema) expression says of one value: JSON type, optionality, description, enum values. */
record ZodType(String type, boolean optional, String description, List<String> enumValues, String itemsType) {

    static final ZodType ANY = new ZodType("any", false, null, List.of(), null);

    ZodType {
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }

    ZodType withType(String newType) {
        return new ZodType(newType, optional, description, enumValues, itemsType);
    }

    ZodType optional(boolean value) {
        return new ZodType(type, value, description, enumValues, itemsType);
    }
}
