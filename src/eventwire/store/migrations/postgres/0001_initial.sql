-- Version 1: the ledger's tables. Articles are immutable once stored; an event belongs to the
-- article it was extracted from. Same tables and columns as the SQLite ledger, so that one SQL
-- text serves both; JSON columns are JSONB here so that they can be queried in place.

CREATE TABLE articles (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    url TEXT,
    outlet TEXT,
    published TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    record_json JSONB NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_url ON articles (url);

CREATE TABLE events (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    modality TEXT NOT NULL,
    date TEXT,
    date_precision TEXT,
    date_text TEXT,
    status TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    actor1_name TEXT,
    actor1_kind TEXT,
    actor1_country TEXT,
    actor2_name TEXT,
    actor2_kind TEXT,
    actor2_country TEXT,
    target_category TEXT,
    target_kind TEXT,
    target_name TEXT,
    fatalities INTEGER,
    injuries INTEGER,
    place_name TEXT,
    place_geonameid BIGINT,
    country_code TEXT,
    admin1 TEXT,
    admin2 TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    geo_precision INTEGER,
    notes TEXT,
    search_text TEXT NOT NULL,
    event_json JSONB NOT NULL
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_code ON events (code);
CREATE INDEX events_country ON events (country_code, admin1);

CREATE TABLE event_places (
    event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER,
    span_end INTEGER,
    name TEXT,
    geonameid BIGINT,
    country_code TEXT,
    admin1 TEXT,
    admin2 TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    geo_precision INTEGER,
    feature TEXT,
    relation TEXT,
    PRIMARY KEY (event_id, ord)
);
CREATE INDEX event_places_country ON event_places (country_code, admin1);
CREATE INDEX event_places_geonameid ON event_places (geonameid);

CREATE TABLE quantities (
    event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    kind TEXT NOT NULL,
    value DOUBLE PRECISION,
    low DOUBLE PRECISION,
    high DOUBLE PRECISION,
    unit TEXT,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    PRIMARY KEY (event_id, ord)
);

CREATE TABLE claims (
    event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    claimant TEXT,
    claimant_role TEXT,
    channel TEXT,
    reported_by TEXT,
    stance TEXT NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    PRIMARY KEY (event_id, ord)
);

CREATE TABLE evidence (
    event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    field TEXT NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    PRIMARY KEY (event_id, ord)
);

-- Related events may live in other articles (or not be stored yet): no foreign key on them.
CREATE TABLE links (
    event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    related_event_id TEXT NOT NULL,
    relation TEXT NOT NULL,
    PRIMARY KEY (event_id, related_event_id, relation)
);
CREATE INDEX links_related ON links (related_event_id);
