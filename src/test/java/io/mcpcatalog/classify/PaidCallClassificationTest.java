package io.mcpcatalog.classify;

import org.junit.jupiter.api.Test;

import static io.mcpcatalog.classify.Category.FINANCIAL;
import static io.mcpcatalog.classify.Category.READ;
import static io.mcpcatalog.classify.TestTools.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A call that pays a per-call fee moves money even when it only reads; a price it reports is not a fee. */
class PaidCallClassificationTest {

    private static final ToolClassifier CLASSIFIER = new ToolClassifier(RuleLoader.fromClasspath());
    private static final ServerContext X402 = new ServerContext("pinion-os",
            "Client SDK, Claude plugin and skill framework for the Pinion protocol. x402 micropayments on Base.");

    @Test
    void aPaidLookupIsFinancial() {
        Classification result = CLASSIFIER.classify(tool("pinion_balance",
                "Get ETH and USDC balances for any Ethereum address on Base. Costs $0.01 USDC via x402.", "address"), X402);
        assertEquals(FINANCIAL, result.category(), result.rationale());
    }

    @Test
    void aPaidLookupNamedAsAReadIsFinancial() {
        // The read verb and the fee set each other aside; the more restrictive claim stands.
        Classification result = CLASSIFIER.classify(tool("get_balance",
                "Get the wallet balance. Costs $0.01 USDC via x402.", "address"), ServerContext.UNKNOWN);
        assertEquals(FINANCIAL, result.category(), result.rationale());
    }

    @Test
    void aPriceTheToolReportsIsNotAFee() {
        Classification result = CLASSIFIER.classify(tool("get_domain_price",
                "Get a domain's price: a .com costs $12.99 per year.", "domain"), ServerContext.UNKNOWN);
        assertEquals(READ, result.category(), result.rationale());
    }
}
