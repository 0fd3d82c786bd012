-- Capability tags (filesystem, shell, network, ...) beside the category: a JSON array of
-- {capability, reason, evidence}. Rows classified before this version get none until the classifier
-- version changes, which re-classifies every tool.
ALTER TABLE classifications ADD COLUMN capabilities TEXT NOT NULL DEFAULT '[]';
