package io.mcpcatalog.catalog;

/**
 * The release a server says it is, as one comparable label: its serverInfo version and, when it was run from a
 * package, that package's version. Either moving is a release; a server known only from code or a snapshot without
 * live data has none (null), and no silent change can be claimed for it.
 */
final class ServerRelease {

    private ServerRelease() {
    }

    static String of(ServerImport server) {
        LiveServer live = server.live();
        if (live == null) {
            return null;
        }
        String reported = blankToNull(live.serverVersion());
        String packaged = live.packageName() == null || blankToNull(live.packageVersion()) == null
                ? null : live.packageName() + "@" + live.packageVersion();
        if (reported == null && packaged == null) {
            return null;
        }
        if (packaged == null) {
            return reported;
        }
        return reported == null ? packaged : reported + " (" + packaged + ")";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
