package io.mcpcatalog.crawl;

import io.mcpcatalog.catalog.CatalogChanged;
import io.mcpcatalog.catalog.ImportReport;
import io.mcpcatalog.catalog.ImportService;
import io.mcpcatalog.catalog.ServerImport;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;

/**
 * Imports what a job found and records the job's result in one transaction, while this instance holds the job. A
 * worker that dies after the commit loses nothing: whoever takes the job over completes it from the recorded result
 * instead of importing again. Runners should import through here.
 */
@ApplicationScoped
public class JobImports {

    @Inject
    ImportService imports;
    @Inject
    CrawlJobResults results;
    @Inject
    EntityManager entityManager;
    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * @param found the job's result without its import run (version, counts, problems)
     * @return {@code found} with the import run
     * @throws IllegalStateException when another worker took the job over; nothing was written
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CrawlResult importFound(CrawlRequest request, List<ServerImport> servers, CrawlResult found) {
        transactions.putResource(JobImports.class, request.jobId());
        results.holdForImport(request.jobId());
        ImportReport report = imports.importServers("crawl", request.source(), servers);
        CrawlResult result = new CrawlResult(found.version(), false, found.serversFound(), found.toolsFound(),
                report.runId(), found.problemsJson());
        results.recordResult(request.jobId(), result);
        return result;
    }

    /**
     * The import tells its readers (the search index) what changed while this transaction is still open; they must
     * read what it wrote from the database, since the persistence context's new entities lack their inverse sides.
     */
    void readImportFromDatabase(@Observes @Priority(1) CatalogChanged event) {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE && transactions.getResource(JobImports.class) != null) {
            entityManager.flush();
            entityManager.clear();
        }
    }
}
