package io.mcpcatalog.crawl.introspect;

/** How strongly a stranger's server is fenced in while it is introspected; reported with every result. */
public enum SandboxLevel {

    /**
     * Own mount, network, PID, IPC and UTS namespaces: no network, every file system read-only except the work folder,
     * no other process visible, run as nobody without capabilities; the whole namespace dies with its first process.
     */
    ISOLATED("isolated"),

    /** A plain child process: minimal environment, own work folder, limits, process tree killed afterwards. */
    NONE("none");

    private final String label;

    SandboxLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
