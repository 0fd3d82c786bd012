-- Crawl jobs: a queue in PostgreSQL. Workers lease a job (FOR UPDATE SKIP LOCKED); a lease that expires
-- because its worker died makes the job available again; failures are retried with backoff up to a cap.
CREATE TABLE crawl_jobs (
    id            BIGSERIAL PRIMARY KEY,
    source        TEXT        NOT NULL,            -- git URL (optionally #commit) or a server-side folder
    state         TEXT        NOT NULL,            -- queued | running | done | failed
    attempts      INTEGER     NOT NULL DEFAULT 0,
    max_attempts  INTEGER     NOT NULL DEFAULT 3,
    run_after     TIMESTAMPTZ NOT NULL,
    leased_by     TEXT,
    lease_until   TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL,
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ,
    commit_sha    TEXT,
    servers_found INTEGER,
    tools_found   INTEGER,
    import_run_id BIGINT REFERENCES import_runs (id),
    error         TEXT,
    problems      TEXT                             -- JSON array of {path, message} met during the scan
);

CREATE INDEX crawl_jobs_ready_idx ON crawl_jobs (run_after, id) WHERE state IN ('queued', 'running');
