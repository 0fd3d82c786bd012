package io.mcpcatalog.classify.eval;

import io.mcpcatalog.classify.Category;

/** Something that puts a corpus tool in a category: the rule classifier or a baseline it is compared with. */
public interface Judge {

    /** A short column title for tables. */
    String name();

    Category judge(CorpusTool tool);

    /** Why it chose what it chose, for listing errors; a baseline's rule is simple enough to need none. */
    default String rationale(CorpusTool tool) {
        return "";
    }
}
