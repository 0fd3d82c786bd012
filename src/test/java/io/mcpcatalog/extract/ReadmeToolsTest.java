package io.mcpcatalog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeToolsTest {

    @Test
    void readsToolTablesAndListsUnderAToolsHeading() {
        String readme = """
                # Demo server

                ## Features
                - `not_a_tool` - a feature, not under a tools heading

                ## Tools

                | Tool | Description |
                |------|-------------|
                | `list_items` | Lists items |
                | delete_item | Deletes an item |
                | not a name! | ignored |

                ### More tools
                - `get_item`: Gets one item
                - **update_item** - Updates an item
                - create_item: Creates an item
                - just prose without a name
                - Comma-separated list
                - plain - Plain dashes around a word separate

                ## License
                - `mit_license`: not a tool
                """;
        List<ExtractedTool> tools = ReadmeTools.extract("README.md", readme);
        assertEquals(List.of("list_items", "delete_item", "get_item", "update_item", "create_item", "plain"),
                tools.stream().map(ExtractedTool::name).toList());
        assertEquals("Deletes an item", tools.get(1).definition().description());
        assertEquals("Updates an item", tools.get(3).definition().description());
        assertEquals("readme-table", tools.get(0).definition().source().pattern());
        assertEquals("readme-list", tools.get(2).definition().source().pattern());
    }

    @Test
    void itemsNestedUnderAToolTellAboutItButItemsUnderAGroupAreTools() {
        String readme = """
                ## Available tools

                - **set_organization**: Set the active organization
                  - Arguments: `organization_id` (string)
                  - Sets the specified organization as active
                - **Stage files**
                  - `stage_list_files`: List files in a Stage
                  - `stage_delete`: Delete a file from a Stage
                    - Arguments: `path` (string)

                1. `get_blueprints`
                   - Optional inputs:
                     - `detailed` (boolean): Return complete schema details
                """;
        List<ExtractedTool> tools = ReadmeTools.extract("README.md", readme);
        assertEquals(List.of("set_organization", "stage_list_files", "stage_delete", "get_blueprints"),
                tools.stream().map(ExtractedTool::name).toList());
        assertEquals("Delete a file from a Stage Arguments: path (string)", tools.get(2).definition().description());
    }

    @Test
    void readmeWithoutToolsGivesNothing() {
        assertEquals(List.of(), ReadmeTools.extract("README.md", "# Hello\n\nJust text.\n\n| a | b |\n|---|---|\n| 1 | 2 |"));
    }
}
