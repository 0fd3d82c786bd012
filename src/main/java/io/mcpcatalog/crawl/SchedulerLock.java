package io.mcpcatalog.crawl;

import jakarta.persistence.EntityManager;

/**
 * A PostgreSQL advisory lock, held to the end of the transaction, between the schedulers (exclusive: one instance
 * queues the due sources at a time) and the writes that end a job (shared). A scheduler's check that a source is
 * due and its insert then see the same state of that source's jobs: a job cannot end in between, which would let
 * a source that was just crawled be queued again.
 */
final class SchedulerLock {

    private static final long KEY = 0x6d63_7063_7261_776cL;

    private SchedulerLock() {
    }

    static void exclusive(EntityManager entityManager) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", KEY).getSingleResult();
    }

    static void shared(EntityManager entityManager) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock_shared(:key)").setParameter("key", KEY).getSingleResult();
    }
}
