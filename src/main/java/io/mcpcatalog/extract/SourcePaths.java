package io.mcpcatalog.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Which paths of a repository are not server code: build output, vendored code, tests and fixtures. */
public final class SourcePaths {

    /** Folders never read: dependencies, build output, caches, virtual environments. */
    public static final Set<String> SKIPPED_FOLDERS = Set.of(
            ".git", ".hg", ".svn", "node_modules", "bower_components", "vendor", "third_party", "dist", "build", "out",
            "target", "bin", "obj", ".gradle", ".idea", ".vscode", ".next", ".nuxt", ".turbo", ".cache", "coverage",
            "__pycache__", ".venv", "venv", "env", ".tox", ".mypy_cache", ".pytest_cache", "site-packages", ".yarn");

    private static final Set<String> TEST_FOLDERS = Set.of(
            "test", "tests", "__tests__", "__mocks__", "spec", "specs", "testdata", "test-data", "fixtures",
            "e2e", "integration-tests", "testing", "mocks", "testhelpers", "test-helpers", "test_helpers", "testutils",
            "test-utils", "test_utils");
    /** Folders named like test source sets: "integration-tests", "e2e_test", "jvmTest", "androidTest". */
    private static final Pattern TEST_FOLDER = Pattern.compile("^(.+[-_.](test|tests)|[a-z]+Tests?)$");
    private static final Pattern TEST_FILE = Pattern.compile(
            "(?i)(\\.(test|spec|e2e)\\.[a-z]+$|_test\\.(go|py)$|^test_[^/]*\\.py$|^conftest\\.py$|(Tests?|IT|Spec)\\.(java|kt|cs)$)");

    private SourcePaths() {
    }

    public static boolean isSkippedFolder(String name) {
        return SKIPPED_FOLDERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** True for test code and fixtures, whose tool registrations are not the server's tools. */
    public static boolean isTest(String path) {
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (TEST_FOLDERS.contains(parts[i].toLowerCase(Locale.ROOT)) || TEST_FOLDER.matcher(parts[i]).matches()) {
                return true;
            }
        }
        return TEST_FILE.matcher(parts[parts.length - 1]).find();
    }
}
