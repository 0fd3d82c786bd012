package io.mcpcatalog.classify;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A match on an item of a "Related tools:" list is another tool's job; anywhere else it is not. */
class RelatedToolsListTest {

    @Test
    void itemsUnderTheHeadingUpToABlankLine() {
        String text = "deletes a branch.\nrelated tools:\n- list: lists them\n- purge: deletes all\n\n- drop: deletes";
        assertTrue(RelatedToolsList.holds(text, text.indexOf("lists")));
        assertTrue(RelatedToolsList.holds(text, text.indexOf("deletes all")));
        assertFalse(RelatedToolsList.holds(text, text.indexOf("deletes")));
        assertFalse(RelatedToolsList.holds(text, text.lastIndexOf("deletes")));
        assertFalse(RelatedToolsList.holds("actions:\n- delete: deletes it", 20));
    }

    @Test
    void headingsAsWrittenInTheWild() {
        String indented = "other tools :\t\n    * stop: stops it\n    \u2022 kill: kills it";
        assertTrue(RelatedToolsList.holds(indented, indented.indexOf("kills")));
        String splitHeading = "similar tool\n:\n- drop: drops it";
        assertTrue(RelatedToolsList.holds(splitHeading, splitHeading.indexOf("drops")));
        String itemHeading = "- see the other tools:\n- drop: drops it";
        assertTrue(RelatedToolsList.holds(itemHeading, itemHeading.indexOf("drops")));
        String windows = "related tools:\r\n- drop: drops it";
        assertFalse(RelatedToolsList.holds(windows, windows.indexOf("drops")));
        String notAnItem = "related tools:\ndrop: drops it";
        assertFalse(RelatedToolsList.holds(notAnItem, notAnItem.indexOf("drops")));
    }

    @Test
    void theHeadingIsAtMostThirtyItemsAndTwoThousandCharactersBack() {
        assertTrue(RelatedToolsList.holds(listAfter(30, "x"), listAfter(30, "x").lastIndexOf("drops")));
        assertFalse(RelatedToolsList.holds(listAfter(31, "x"), listAfter(31, "x").lastIndexOf("drops")));
        String near = listAfter(1, "x".repeat(1950));
        assertTrue(RelatedToolsList.holds(near, near.lastIndexOf("drops")));
        String far = listAfter(1, "x".repeat(2000));
        assertFalse(RelatedToolsList.holds(far, far.lastIndexOf("drops")));
    }

    /** A heading, {@code items} items reading {@code item}, then "- drop: drops it". */
    private static String listAfter(int items, String item) {
        return "related tools:\n" + ("- " + item + "\n").repeat(items) + "- drop: drops it";
    }
}
