-- Crawl jobs of every kind (git, registry, npm, mcp-stdio, mcp-http, ...), each for one source, identified by a
-- source key so that a source is never queued twice and its last crawled version is known (incremental crawls).
ALTER TABLE crawl_jobs RENAME COLUMN commit_sha TO version;   -- commit for git, package version for npm, ...

ALTER TABLE crawl_jobs
    ADD COLUMN kind       TEXT    NOT NULL DEFAULT 'git',
    ADD COLUMN source_key TEXT,                                -- kind, source and sub-folder: one source
    ADD COLUMN spec       TEXT    NOT NULL DEFAULT '{}',       -- the source definition's fields, JSON
    ADD COLUMN unchanged  BOOLEAN NOT NULL DEFAULT FALSE;      -- version equal to the last crawl's: nothing extracted

UPDATE crawl_jobs SET source_key = 'git ' || source;
ALTER TABLE crawl_jobs ALTER COLUMN source_key SET NOT NULL;
ALTER TABLE crawl_jobs ALTER COLUMN kind DROP DEFAULT;

-- Jobs queued twice before this migration: the newer copies give way to the oldest.
UPDATE crawl_jobs j SET state = 'failed', finished_at = now(), lease_until = NULL,
                        error = 'superseded: the same source was already queued'
WHERE state IN ('queued', 'running')
  AND EXISTS (SELECT 1 FROM crawl_jobs o
              WHERE o.source_key = j.source_key AND o.state IN ('queued', 'running') AND o.id < j.id);

-- At most one queued or running job per source, whichever instance enqueues it.
CREATE UNIQUE INDEX crawl_jobs_one_active_per_source ON crawl_jobs (source_key) WHERE state IN ('queued', 'running');
-- The last finished job of a source: when it is due again, and the version it found.
CREATE INDEX crawl_jobs_finished_by_source ON crawl_jobs (source_key, finished_at DESC) WHERE state IN ('done', 'failed');
