package io.mcpcatalog.catalog;

import io.mcpcatalog.classify.Category;
import io.mcpcatalog.classify.Classification;
import io.mcpcatalog.classify.Risk;
import io.mcpcatalog.extract.SourceLocation;
import io.mcpcatalog.extract.ToolDefinition;

/** Entities to plain values, so that entities never leave the catalog's service layer. */
final class ToolMapper {

    private ToolMapper() {
    }

    static CatalogTool toCatalogTool(ToolEntity tool) {
        ToolVersionEntity version = tool.currentVersion;
        return new CatalogTool(tool.server.slug, tool.server.displayName, tool.server.canonicalName,
                definition(tool.name, version),
                classification(version.classification), version.versionNo, tool.updatedAt);
    }

    static ToolDefinition definition(String name, ToolVersionEntity version) {
        SourceLocation source = version.sourceFile == null && version.sourcePattern == null ? null
                : new SourceLocation(version.sourceFile, version.sourceLine, version.sourcePattern);
        return new ToolDefinition(name, version.description, CatalogJson.params(version.params), version.inputSchema,
                CatalogJson.annotations(version.annotations), source);
    }

    static Classification classification(ClassificationEntity entity) {
        return new Classification(Category.fromLabel(entity.category), Risk.fromLabel(entity.risk), entity.confidence,
                CatalogJson.evidence(entity.evidence), entity.rationale, CatalogJson.findings(entity.findings),
                CatalogJson.capabilities(entity.capabilities));
    }

    static void copy(Classification classification, String classifierVersion, ClassificationEntity entity) {
        entity.category = classification.category().label();
        entity.risk = classification.risk().label();
        entity.confidence = classification.confidence();
        entity.evidence = CatalogJson.write(classification.evidence());
        entity.rationale = classification.rationale();
        entity.findings = CatalogJson.write(classification.findings());
        entity.capabilities = CatalogJson.write(classification.capabilities());
        entity.classifierVersion = classifierVersion;
    }
}
