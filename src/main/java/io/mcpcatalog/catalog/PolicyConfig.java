package io.mcpcatalog.catalog;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The operator's policy settings (prefix "catalog.policy"); a request's ?root= and ?cap= override them. */
@ConfigMapping(prefix = "catalog.policy")
public interface PolicyConfig {

    /** The folder path arguments are confined to (CATALOG_POLICY_PATH_ROOT); unset: paths are not confined. */
    Optional<String> pathRoot();

    /** The cap for amounts of Financial tools in the currency's main unit (CATALOG_POLICY_AMOUNT_CAP); unset: the profile's. */
    Optional<Long> amountCap();
}
