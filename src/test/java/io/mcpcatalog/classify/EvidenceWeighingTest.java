package io.mcpcatalog.classify;

import io.mcpcatalog.extract.ToolAnnotations;
import io.mcpcatalog.extract.ToolDefinition;
import io.mcpcatalog.extract.ToolParam;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.mcpcatalog.classify.Category.DESTRUCTIVE;
import static io.mcpcatalog.classify.Category.FINANCIAL;
import static io.mcpcatalog.classify.Category.READ;
import static io.mcpcatalog.classify.Category.WRITE;
import static io.mcpcatalog.classify.TestTools.param;
import static io.mcpcatalog.classify.TestTools.tool;
import static io.mcpcatalog.classify.TestTools.withAnnotations;
import static io.mcpcatalog.classify.TestTools.withParams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Verdicts that depend on how rules of different weight meet, which no single rule's examples can show: each was a
 * misclassification of the corpus before the weights and negations were set this way.
 */
class EvidenceWeighingTest {

    private static final ToolClassifier CLASSIFIER = new ToolClassifier(RuleLoader.fromClasspath());

    @Test
    void aLeadingVerbOutweighsAVerbLaterInTheNameWhichDecidesOnlyAlone() {
        assertEquals(READ, category(tool("get_update_status", "")));
        assertEquals(READ, category(tool("gnfd_get_bucket_info", "")));
        assertEquals(WRITE, category(withAnnotations(tool("kubectl_scale", "", "name", "replicas"),
                new ToolAnnotations(null, null, true, null, null))));
        assertEquals(READ, category(tool("preview_subscription_update",
                "This tool will preview an update for a subscription without applying those changes.")));
    }

    @Test
    void aDeletingManagerThatAlsoMovesMoneyIsFinancialHoweverStrongTheDeletion() {
        ToolDefinition quotes = withParams(tool("bulk-quote-action", "Perform bulk actions on quotes. Actions: "
                + "convert_to_invoice creates an invoice from each quote; delete permanently deletes the quotes."),
                new ToolParam("action", "string", true, null,
                        List.of("archive", "delete", "convert_to_invoice", "email")));
        assertEquals(FINANCIAL, category(quotes));
        assertEquals(DESTRUCTIVE, category(tool("delete_invoice", "Permanently deletes an invoice.")));
    }

    @Test
    void aForceOptionAndADestructiveHintDoNotMakeAnApplyDestructive() {
        ToolDefinition apply = withAnnotations(
                withParams(tool("kubectl_apply", "Apply a Kubernetes YAML manifest from a string or file"),
                        param("manifest", "string"), param("force", "boolean")),
                new ToolAnnotations(null, null, true, null, null));
        assertEquals(WRITE, category(apply));
    }

    @Test
    void aDestructiveHintDeclaredOnEveryWriteLosesToReadOnlyHintFalse() {
        ToolDefinition resend = withAnnotations(tool("resend_otp", "", "payment_id"),
                new ToolAnnotations(null, false, true, null, null));
        assertEquals(WRITE, category(resend));
    }

    @Test
    void aPriceSetsWhatCustomersPayButAPriceFilterOnlyReads() {
        assertEquals(FINANCIAL, category(withParams(tool("update_variant", "Updates a product variant."),
                param("variant_id", "string"), param("price", "number"))));
        assertEquals(READ, category(withParams(tool("list_subscriptions", "List subscriptions."),
                param("customer", "string"), param("price", "string"))));
    }

    @Test
    void closingATunnelStaysWriteWhenItsAuthorCallsItFinal() {
        assertEquals(WRITE, category(tool("ssh_tunnel_close",
                "Closes an SSH tunnel. Closing is final and cannot be undone.", "tunnelId")));
    }

    @Test
    void aReadNameDoesNotOutweighADescriptionWhoseLeadingVerbChangesState() {
        assertEquals(WRITE, category(tool("get_messages", "Sends a message to a channel.")));
        assertEquals(WRITE, category(tool("get_updates", "Mark the given messages as read and return them.")));
    }

    @Test
    void aMentionLaterInTheDescriptionDoesNotContradictARead() {
        assertEquals(READ, category(tool("list_files",
                "Lists the files of a folder. Use write_file to create or update one.")));
    }

    @Test
    void weakReadEvidenceStandsOnlyWhenNothingElseCounts() {
        assertEquals(READ, category(tool("account_status", "")));
        assertEquals(WRITE, category(withAnnotations(tool("account_status", ""),
                new ToolAnnotations(null, false, null, null, null))));
    }

    @Test
    void aRefusedReadIsExplained() {
        assertTrue(CLASSIFIER.classify(tool("get_messages", "Sends a message to a channel."), ServerContext.UNKNOWN)
                .rationale().contains("a Read verdict needs read evidence that nothing contradicts"));
    }

    private static Category category(ToolDefinition tool) {
        return CLASSIFIER.classify(tool, ServerContext.UNKNOWN).category();
    }
}
