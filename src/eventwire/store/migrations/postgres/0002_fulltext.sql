-- Version 2: full-text search with tsvector columns (english configuration: stemmed, stop words
-- dropped), kept up to date by PostgreSQL itself as generated columns, with GIN indexes. Adding
-- the columns indexes what a version-1 ledger already holds.

ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A')
    || setweight(to_tsvector('english', text), 'B')
) STORED;
CREATE INDEX articles_search ON articles USING gin (search);

ALTER TABLE events ADD COLUMN search tsvector GENERATED ALWAYS AS (
    to_tsvector('english', search_text)
) STORED;
CREATE INDEX events_search ON events USING gin (search);
