package io.mcpcatalog.web;

import io.mcpcatalog.catalog.CatalogPolicies;
import io.mcpcatalog.catalog.CatalogTool;
import io.mcpcatalog.catalog.ServerDetail;
import io.mcpcatalog.policy.DenyRule;
import io.mcpcatalog.policy.PolicyFormat;
import io.mcpcatalog.policy.PolicyProfile;
import io.mcpcatalog.policy.PolicySettings;
import io.mcpcatalog.policy.ToolRule;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The policy parts of the risk pages: a server's bundle in every profile and format, a tool's rule per profile. */
final class PolicyViews {

    /** One document on the page: its text, where to download it, and the id its copy button points at. */
    record Document(String formatId, String body, String downloadUrl, String elementId) {
    }

    /** A profile with its summary and its documents, one per format. */
    record Profile(String id, String summary, boolean isDefault, List<Document> documents) {
    }

    /** A tool's rule under one profile: the sentence that sums it up and where to fetch it in each format. */
    record ToolProfile(String id, String summary, List<Document> documents) {
    }

    /** The explanation of each argument check and each note of a tool's rule, in words. */
    record Explained(List<String> checks, List<String> notes) {

        static Explained of(ToolRule rule) {
            return new Explained(rule.denyIf().stream().map(DenyRule::explanation).toList(), rule.notes());
        }
    }

    private PolicyViews() {
    }

    static List<Profile> serverBundles(CatalogPolicies policies, ServerDetail server) {
        String slug = server.server().slug();
        String base = "/api/v1/servers/" + encode(slug) + "/policy";
        List<Profile> profiles = new ArrayList<>();
        String defaultId = policies.defaults().profile().id();
        for (PolicyProfile profile : policies.profiles()) {
            PolicySettings settings = policies.settings(profile.id(), null, null);
            List<Document> documents = new ArrayList<>();
            for (PolicyFormat format : PolicyFormat.values()) {
                String body = format.render(policies.forServer(server, settings), slug);
                documents.add(new Document(format.id(), body, download(base, profile, format),
                        "policy-" + profile.id() + "-" + format.id()));
            }
            profiles.add(new Profile(profile.id(), profile.summary(), profile.id().equals(defaultId), documents));
        }
        return profiles;
    }

    static List<ToolProfile> toolProfiles(CatalogPolicies policies, CatalogTool tool) {
        String base = "/api/v1/servers/" + encode(tool.serverSlug()) + "/tools/" + encode(tool.name()) + "/policy";
        List<ToolProfile> profiles = new ArrayList<>();
        for (PolicyProfile profile : policies.profiles()) {
            ToolRule rule = policies.ruleFor(tool, policies.settings(profile.id(), null, null));
            List<Document> links = new ArrayList<>();
            for (PolicyFormat format : PolicyFormat.values()) {
                links.add(new Document(format.id(), null, download(base, profile, format), null));
            }
            profiles.add(new ToolProfile(profile.id(), PolicySummaries.of(tool, rule), links));
        }
        return profiles;
    }

    private static String download(String base, PolicyProfile profile, PolicyFormat format) {
        return base + "?profile=" + encode(profile.id()) + "&format=" + format.id() + "&download=true";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
