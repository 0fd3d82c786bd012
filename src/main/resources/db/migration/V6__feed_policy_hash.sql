-- The feed also announces policy changes that no import causes: a new policy compiler, new profile or handle data,
-- or other operator settings change the policy a tool is served with. Each feed row keeps a digest of the balanced
-- policy the tool was last announced with; at start, every current tool whose policy now differs moves up the
-- feed. Rows from before this column (NULL) are announced once again at the next start.
ALTER TABLE tool_feed ADD COLUMN policy_sha TEXT;
