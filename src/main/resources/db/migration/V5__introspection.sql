-- What a running server said of itself when it was introspected (NULL for servers known only from code or a
-- snapshot), and what the server's code defines, kept beside the live tool list so that the two can be compared.

ALTER TABLE servers
    ADD COLUMN live_name        TEXT,            -- serverInfo.name
    ADD COLUMN live_version     TEXT,            -- serverInfo.version
    ADD COLUMN protocol_version TEXT,            -- the MCP protocol version agreed at initialize
    ADD COLUMN package_name     TEXT,            -- the npm package introspected, if any
    ADD COLUMN package_version  TEXT,
    ADD COLUMN transport        TEXT,            -- stdio | streamable-http
    ADD COLUMN sandbox          TEXT,            -- isolated | none (stdio), NULL for a remote server
    ADD COLUMN introspected_at  TIMESTAMPTZ;

-- The tools the latest code crawl found for a server, replaced by each code crawl. For an introspected server the
-- live list is authoritative and these give where each tool is defined; the differences are shown as evidence.
CREATE TABLE code_tools (
    id             BIGSERIAL PRIMARY KEY,
    server_id      BIGINT      NOT NULL REFERENCES servers (id) ON DELETE CASCADE,
    name           TEXT        NOT NULL,
    description    TEXT        NOT NULL,
    source_file    TEXT,
    source_line    INTEGER,
    source_pattern TEXT,
    commit_sha     TEXT,
    seen_at        TIMESTAMPTZ NOT NULL,
    UNIQUE (server_id, name)
);
