package io.mcpcatalog.classify;

import io.mcpcatalog.extract.ToolDefinition;
import org.junit.jupiter.api.Test;

import static io.mcpcatalog.classify.Category.DESTRUCTIVE;
import static io.mcpcatalog.classify.Category.READ;
import static io.mcpcatalog.classify.Category.WRITE;
import static io.mcpcatalog.classify.TestTools.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Words of a description that are not about the tool itself: the names of other tools, and the items of a "not for"
 * or a "prohibited" list, what the description tells the model never to do, and topics ("how to ...") and other
 * tools' jobs ("use execute_sql to run queries"). The cases come from holdouts v8 (railway, where every tool lists
 * its neighbours), v13 (Aurora DSQL's transact, whose read-only mode lists the statements it refuses), v14 (a
 * CloudFormation troubleshooter that must never truncate its error report) and v16 (Chargebee's code planner,
 * SingleStore's pointers to execute_sql) and v35 (Woodpecker CI, whose tools end with a list of related tools).
 */
class DescriptionScopeTest {

    private static final ToolClassifier CLASSIFIER = new ToolClassifier(RuleLoader.fromClasspath());

    @Test
    void otherToolsNamedInTheDescriptionSayNothingOfThisOne() {
        assertEquals(READ, category(tool("project_list", "[API] List all projects\n\u2192 Related: project_create, "
                + "project_delete")));
        assertEquals(WRITE, category(tool("variable_set", "Create or update a variable\n\u2192 Related: "
                + "variable_list, variable_delete")));
        assertEquals(DESTRUCTIVE, category(tool("project_remove", "Deletes the project; see project_list")));
    }

    @Test
    void anItemMarkedWithACrossIsWhatTheToolIsNotFor() {
        assertEquals(WRITE, category(tool("domain_update", "[API] Update a domain's configuration\n\u26a0\ufe0f Not "
                + "for:\n  \u00d7 Changing domain names (delete and recreate instead)\n  \u00d7 TCP proxies")));
        assertEquals(WRITE, category(tool("service_restart", "Restart a service\n\u274c Long-term stoppage (delete "
                + "the service)")));
    }

    @Test
    void identifiersAreWordsJoinedByAnUnderscore() {
        char[] text = "use project_delete or delete_file, then delete it".toCharArray();
        assertTrue(Identifiers.inside(text, 12, 18));
        assertTrue(Identifiers.inside(text, 22, 28));
        assertFalse(Identifiers.inside(text, 40, 46));
    }

    @Test
    void membersInCodeAndQuotedValuesInAListAreIdentifiersToo() {
        String code = "url.searchParams.delete('sslmode'); keys \"tab\", \"delete\" or \"delete\" alone. it. delete";
        char[] text = code.toCharArray();
        int member = code.indexOf("delete");
        assertTrue(Identifiers.inside(text, member, member + 6));
        int listed = code.indexOf("delete", member + 6);
        assertTrue(Identifiers.inside(text, listed, listed + 6));
        int alone = code.indexOf("delete", listed + 6);
        assertFalse(Identifiers.inside(text, alone, alone + 6));
        int afterSentence = code.lastIndexOf("delete");
        assertFalse(Identifiers.inside(text, afterSentence, afterSentence + 6));
    }

    @Test
    void onlyALineThatStartsWithACrossIsCrossedOut() {
        char[] text = "Deletes a file\n  \u00d7 delete folders\n- \u2717 purge\n5 \u00d7 3 deletes".toCharArray();
        assertFalse(Negation.crossedOut(text, 0));
        assertTrue(Negation.crossedOut(text, 19));
        assertTrue(Negation.crossedOut(text, 38));
        assertFalse(Negation.crossedOut(text, 50));
    }

    @Test
    void aLineThatOpensWithARefusalListsWhatTheToolRefuses() {
        assertEquals(READ, category(tool("query", "Runs a read-only query against the database.\n- Prohibited "
                + "operations: DROP TABLE, TRUNCATE, DELETE rows")));
        char[] text = "deletes a row\nblocked: delete tables\nnot allowed to delete: x\nprohibited delete".toCharArray();
        assertFalse(Negation.refused(text, 0));
        assertTrue(Negation.refused(text, 23));
        assertFalse(Negation.refused(text, 52));
        assertFalse(Negation.refused(text, 73));
    }

    @Test
    void aVerbJoinedByOrToANegatedOneIsNegatedToo() {
        assertEquals(READ, category(tool("troubleshoot_deployment", "Explains a failed deployment. Show every "
                + "failed resource: never summarize failure lists or truncate error information.")));
        char[] text = "never summarize failure lists or truncate; never summarize the long failure lists or truncate"
                .toCharArray();
        assertTrue(Negation.precedes(text, 33));
        assertFalse(Negation.precedes(text, 85));
    }

    @Test
    void aTopicOrAnotherToolsJobIsNotTheToolsOwnEffect() {
        ToolDefinition planner = tool("code_planner", "Answers questions about implementing billing (like \"how to "
                + "create subscription\", \"how to safely delete a customer\").");
        assertEquals(READ, category(planner));
        assertTrue(CLASSIFIER.classify(planner, ServerContext.UNKNOWN).rationale()
                .contains("names 'create subscription' as a topic or another tool's work"));
        assertEquals(READ, category(tool("workspace_groups_info", "List all workspace groups.\n- Use execute_sql to "
                + "run queries on workspaces in a group")));
        assertEquals(DESTRUCTIVE, category(tool("purge_queue", "Deletes every message; use list_queues to find it, "
                + "then purge it to start over.")));
        String text = "how to create a plan. use `drop_table` tool to drop it. go to delete. use it to delete";
        assertTrue(Asides.before(text, 7));
        assertTrue(Asides.before(text, 47));
        assertFalse(Asides.before(text, 62));
        assertFalse(Asides.before(text, 80));
        assertTrue(Asides.before("how to safely delete", 14));
    }

    @Test
    void whatTheCallerWantsDoneByAnotherToolInsteadIsSetAside() {
        assertEquals(WRITE, category(tool("close_task", "Close (archive) an active Kanboard task. To permanently "
                + "remove a task instead, use delete_task.")));
        assertEquals(WRITE, category(tool("pause_torrent", "Pause a torrent.\n- Don't use when: You want to remove a "
                + "torrent (use remove_torrent instead)")));
        String own = "deletes a record (use bulk_delete instead for many).";
        assertFalse(Asides.otherToolInstead(own, 0, 7));
        String wanted = "to permanently remove a task instead, use delete_task.";
        assertTrue(Asides.otherToolInstead(wanted, wanted.indexOf("remove"), wanted.indexOf("remove") + 6));
    }

    @Test
    void anItemOfARelatedToolsListIsAnotherToolsJob() {
        assertEquals(READ, category(tool("list_branches", "List branches of a repository.\n\nReturns:\n    Dict with "
                + "'branches'.\n\nRelated tools:\n    - get_repository: Get repository metadata.\n    - "
                + "trigger_pipeline: Trigger a pipeline on a specific branch.\n")));
    }

    @Test
    void whatTheCallerMustDoFirstIsNotTheToolsOwnEffect() {
        ToolDefinition simulate = tool("simulate-payment", "Use this API to simulate payment. To use this API you "
                + "should first create an order using the Create Order API. Also, you need to create a payment with "
                + "the same order.");
        assertEquals(WRITE, category(simulate));
        String text = "you should first create it. you must delete it. you will need to pay. you create it.";
        assertTrue(Asides.before(text, 17));
        assertTrue(Asides.before(text, 37));
        assertTrue(Asides.before(text, 65));
        assertFalse(Asides.before(text, 74));
        assertEquals(DESTRUCTIVE, category(tool("delete_branch", "Deletes the branch. You must confirm first.")));
        String after = "reconnect before you can execute queries; list them so that you can delete them; you can delete";
        assertTrue(Asides.before(after, after.indexOf("execute")));
        assertTrue(Asides.before(after, after.indexOf("delete")));
        assertFalse(Asides.before(after, after.lastIndexOf("delete")));
        assertEquals(WRITE, category(tool("disconnect_endpoint", "Disconnect from the current endpoint. After "
                + "disconnecting, you'll need to use connect_endpoint again to establish a new connection before you "
                + "can execute queries.")));
        String advice = "updates the config. to change the type, delete and recreate it. then, delete it.";
        assertTrue(Asides.before(advice, advice.indexOf("delete")));
        assertFalse(Asides.before(advice, advice.lastIndexOf("delete")));
        String titled = "Run it after the Create Order API or the Delete tool; delete it";
        assertTrue(Asides.titleOfAnother(titled, 17, 29));
        assertTrue(Asides.titleOfAnother(titled, 41, 47));
        assertFalse(Asides.titleOfAnother(titled, 54, 60));
    }

    private static Category category(ToolDefinition tool) {
        return CLASSIFIER.classify(tool, ServerContext.UNKNOWN).category();
    }
}
