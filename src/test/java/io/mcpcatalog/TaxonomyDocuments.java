package io.mcpcatalog;

/** Documents quoted from TAXONOMY.md that tests must reproduce exactly (key order aside). */
public final class TaxonomyDocuments {

    public static final String STOP_BACKGROUND_POLICY = """
            {
              "version": "1",
              "default": "deny",
              "tools": {
                "stopBackground": {
                  "limits": [
                    { "counter": "stopbackground_rate", "window": "minute", "max": 10, "scope": "grant" }
                  ]
                }
              }
            }""";

    private TaxonomyDocuments() {
    }
}
