package io.mcpcatalog.crawl;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This service instance as a crawl worker: the name its leases carry ("host/pid/random"), so that the logs and the
 * API tell which instance holds a job, and a restarted instance never mistakes an old lease for its own.
 */
@ApplicationScoped
public class CrawlInstance {

    private final String id = host() + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);

    public String id() {
        return id;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
