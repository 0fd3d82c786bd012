package io.mcpcatalog.extract;

import io.mcpcatalog.extract.csharp.CSharpExtractors;
import io.mcpcatalog.extract.golang.GoExtractors;
import io.mcpcatalog.extract.jvm.JvmExtractors;
import io.mcpcatalog.extract.python.PythonExtractor;
import io.mcpcatalog.extract.rust.RustExtractors;
import io.mcpcatalog.extract.typescript.TypeScriptExtractors;
import java.util.ArrayList;
import java.util.List;

/** Every language extractor the scanner runs. */
public final class Extractors {

    private Extractors() {
    }

    public static List<LanguageExtractor> all() {
        List<LanguageExtractor> all = new ArrayList<>();
        all.addAll(TypeScriptExtractors.all());
        all.add(new PythonExtractor());
        all.addAll(GoExtractors.all());
        all.addAll(RustExtractors.all());
        all.addAll(CSharpExtractors.all());
        all.addAll(JvmExtractors.all());
        return List.copyOf(all);
    }
}
