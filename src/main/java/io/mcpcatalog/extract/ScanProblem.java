package io.mcpcatalog.extract;

/** Something the scan could not do for one path (a file skipped, a parse that failed), with why. */
public record ScanProblem(String path, String message) {
}
