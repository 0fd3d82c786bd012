-- An npm source whose version did not move is listed again once catalog.crawl.relist-unchanged-after has passed
-- since its last listing: a server may build its tool descriptions at run time and change them without a release.
-- Such a job is marked, so an operator can tell it from a crawl of a new version.
ALTER TABLE crawl_jobs
    ADD COLUMN relisted BOOLEAN NOT NULL DEFAULT FALSE;
