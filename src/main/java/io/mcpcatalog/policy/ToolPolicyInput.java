package io.mcpcatalog.policy;

import io.mcpcatalog.classify.Category;
import io.mcpcatalog.extract.ToolParam;
import java.util.List;

/** What the compiler needs to know of a tool: its name, its category and its parameters. */
public record ToolPolicyInput(String name, Category category, List<ToolParam> params) {
}
