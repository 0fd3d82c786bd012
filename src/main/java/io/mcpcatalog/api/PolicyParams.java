package io.mcpcatalog.api;

import io.mcpcatalog.catalog.CatalogPolicies;
import io.mcpcatalog.policy.PolicyFormat;
import io.mcpcatalog.policy.PolicySettings;
import jakarta.ws.rs.QueryParam;

/**
 * The query of a policy endpoint: ?profile=strict|balanced|permissive, ?format=json|cedar, ?root=/folder to confine
 * path arguments, ?cap=N for amounts, ?download=true for an attachment. Bad values are a 400 naming the valid ones.
 */
public class PolicyParams {

    @QueryParam("profile")
    String profile;
    @QueryParam("format")
    String format;
    @QueryParam("root")
    String root;
    @QueryParam("cap")
    String cap;
    @QueryParam("download")
    String download;

    /** What was asked for, checked: the settings to compile with, the format and whether to send an attachment. */
    record Checked(PolicySettings settings, PolicyFormat format, boolean download) {
    }

    Checked check(CatalogPolicies policies) {
        try {
            PolicySettings settings = policies.settings(profile, root, cap);
            PolicyFormat chosen = format == null || format.isBlank() ? PolicyFormat.JSON : PolicyFormat.fromId(format.strip());
            return new Checked(settings, chosen, download());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private boolean download() {
        if (download == null || download.isBlank() || download.equals("false")) {
            return false;
        }
        if (download.equals("true")) {
            return true;
        }
        throw new IllegalArgumentException("download must be true or false: '" + download + "'");
    }
}
