-- The gateway feed (GET /api/v1/feed): every tool at the position of its latest change.
--
-- One row per tool, not a row per change: a tool that changed twice between two reads of the feed appears
-- once, with its latest state, and the feed never grows beyond the number of tools. A change moves the row to
-- a new position above every other one, so a reader who passed its old position meets it again.
--
-- Positions are numbered by one counter row, feed_sequence, that every writing transaction updates as its last
-- step and holds locked until it commits. Numbering is therefore serial in commit order: no transaction can take
-- a position below one that is not committed yet, so a reader who has seen position N has seen everything
-- below N (a PostgreSQL sequence would hand out numbers that commit out of order, and a reader could skip one).

CREATE TABLE feed_sequence (
    id       SMALLINT PRIMARY KEY CHECK (id = 1),
    last_seq BIGINT   NOT NULL
);

-- Tools are never deleted (a tool that leaves its server is marked removed_at and the feed gives a tombstone),
-- hence no ON DELETE CASCADE: deleting a tool would silently drop it from every gateway's mirror.
CREATE TABLE tool_feed (
    tool_id BIGINT PRIMARY KEY REFERENCES tools (id),
    seq     BIGINT NOT NULL UNIQUE
);

-- Tools catalogued before the feed existed enter it in id order.
INSERT INTO tool_feed (tool_id, seq) SELECT id, row_number() OVER (ORDER BY id) FROM tools;
INSERT INTO feed_sequence (id, last_seq) SELECT 1, count(*) FROM tools;
