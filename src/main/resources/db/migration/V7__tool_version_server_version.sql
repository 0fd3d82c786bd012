-- The release a server reported when a tool definition was catalogued (serverInfo.version and the npm package
-- version, for introspected servers; NULL when unknown). A definition that changes while this stays the same is a
-- silent change, reported as a finding.
ALTER TABLE tool_versions
    ADD COLUMN server_version TEXT;
