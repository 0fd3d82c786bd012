-- The catalog's system of record. Lucene is an index rebuilt from these tables.

CREATE TABLE import_runs (
    id            BIGSERIAL PRIMARY KEY,
    kind          TEXT        NOT NULL,            -- snapshot | tools-list | seed
    source        TEXT        NOT NULL,            -- where the data came from (file, request, URL)
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ NOT NULL,
    servers_count INTEGER     NOT NULL,
    tools_added   INTEGER     NOT NULL,
    tools_changed INTEGER     NOT NULL,
    tools_removed INTEGER     NOT NULL,
    skipped       TEXT        NOT NULL DEFAULT '[]' -- JSON array of records skipped, with reasons
);

CREATE TABLE servers (
    id             BIGSERIAL PRIMARY KEY,
    canonical_name TEXT        NOT NULL UNIQUE,     -- registry style: io.github.<owner>/<repo>[/<path>]
    slug           TEXT        NOT NULL UNIQUE,
    display_name   TEXT        NOT NULL,
    repository     TEXT,
    path           TEXT        NOT NULL DEFAULT '',
    language       TEXT,
    description    TEXT        NOT NULL DEFAULT '',
    commit_sha     TEXT,
    crawled_at     TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE tools (
    id                 BIGSERIAL PRIMARY KEY,
    server_id          BIGINT      NOT NULL REFERENCES servers (id) ON DELETE CASCADE,
    name               TEXT        NOT NULL,
    current_version_id BIGINT,
    removed_at         TIMESTAMPTZ,                 -- set when a later import no longer lists the tool
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    UNIQUE (server_id, name)
);

-- A new row whenever a tool's description, schema or annotations change; history is never rewritten.
CREATE TABLE tool_versions (
    id             BIGSERIAL PRIMARY KEY,
    tool_id        BIGINT      NOT NULL REFERENCES tools (id) ON DELETE CASCADE,
    version_no     INTEGER     NOT NULL,
    description    TEXT        NOT NULL,
    input_schema   TEXT        NOT NULL,            -- JSON Schema text
    params         TEXT        NOT NULL,            -- JSON array derived from the schema
    annotations    TEXT,                            -- JSON object of declared hints, NULL when none
    source_file    TEXT,
    source_line    INTEGER,
    source_pattern TEXT,
    content_hash   TEXT        NOT NULL,
    import_run_id  BIGINT      REFERENCES import_runs (id),
    created_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (tool_id, version_no)
);

ALTER TABLE tools ADD CONSTRAINT tools_current_version_fk
    FOREIGN KEY (current_version_id) REFERENCES tool_versions (id);

CREATE TABLE classifications (
    id                 BIGSERIAL PRIMARY KEY,
    tool_version_id    BIGINT           NOT NULL UNIQUE REFERENCES tool_versions (id) ON DELETE CASCADE,
    category           TEXT             NOT NULL,
    risk               TEXT             NOT NULL,
    confidence         DOUBLE PRECISION NOT NULL,
    evidence           TEXT             NOT NULL,   -- JSON array of {rule, field, text}
    rationale          TEXT             NOT NULL,
    findings           TEXT             NOT NULL,   -- JSON array of findings
    classifier_version TEXT             NOT NULL,
    classified_at      TIMESTAMPTZ      NOT NULL
);

CREATE INDEX tools_server_idx ON tools (server_id) WHERE removed_at IS NULL;
CREATE INDEX classifications_category_idx ON classifications (category);
