package io.mcpcatalog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.treesitter.TSNode;

class ParsersTest {

    @Test
    void nodeTextLinesUpAfterAByteOrderMarkAndMultiByteCharacters() {
        ParsedFile file = Parsers.parse(new SourceFile("a.py", Language.PYTHON, "\uFEFF# héllo — ünïcode\nname = \"stop\"\n"));
        TSNode assignment = file.root().getNamedChild(1).getNamedChild(0);
        assertEquals("name = \"stop\"", file.text(assignment));
        assertEquals(2, file.line(assignment));
    }
}
