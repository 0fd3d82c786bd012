package io.mcpcatalog.classify;

import io.mcpcatalog.extract.ToolDefinition;
import org.junit.jupiter.api.Test;

import static io.mcpcatalog.classify.Category.EXECUTE;
import static io.mcpcatalog.classify.Category.FINANCIAL;
import static io.mcpcatalog.classify.Category.WRITE;
import static io.mcpcatalog.classify.TestTools.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same tool on different kinds of server: the server's name and description change what its words mean. */
class ServerContextClassificationTest {

    private static final ToolClassifier CLASSIFIER = new ToolClassifier(RuleLoader.fromClasspath());
    private static final ServerContext QUICKBOOKS = new ServerContext("quickbooks-mcp",
            "MCP server for QuickBooks Online API integration");
    private static final ServerContext STRIPE = new ServerContext("Stripe", "Payments toolkit for AI agents");

    @Test
    void aBillPaymentMovesMoneyOnAPaymentsServerAndIsABookEntryInAnAccountingApp() {
        ToolDefinition billPayment = tool("create_bill_payment", "Create a bill payment.", "vendor_id");
        Classification books = CLASSIFIER.classify(billPayment, QUICKBOOKS);
        assertEquals(WRITE, books.category(), books.rationale());
        assertTrue(books.rationale().contains("Because the name 'create_bill_payment' records a bookkeeping entry"
                + " in an accounting app, which moves no money, this evidence was set aside: the name"
                + " 'create_bill_payment' moves money or creates a financial obligation; that rests on the kind of"
                + " server listing the tool"), books.rationale());
        assertEquals(FINANCIAL, CLASSIFIER.classify(billPayment, STRIPE).category());
        assertEquals(FINANCIAL, CLASSIFIER.classify(billPayment, ServerContext.UNKNOWN).category());
    }

    @Test
    void anInvoiceStaysFinancialInAnAccountingApp() {
        assertEquals(FINANCIAL, CLASSIFIER.classify(tool("create_invoice", "Create an invoice."), QUICKBOOKS)
                .category());
    }

    @Test
    void theServerDescriptionAloneCanNameItsKind() {
        ToolDefinition restart = tool("restart", "Restart it.", "name");
        assertEquals(EXECUTE, CLASSIFIER.classify(restart, new ServerContext("ops", "SSH access to Linux hosts"))
                .category());
        assertEquals(WRITE, CLASSIFIER.classify(restart, new ServerContext("ops", "Manage your cloud apps"))
                .category());
    }
}
