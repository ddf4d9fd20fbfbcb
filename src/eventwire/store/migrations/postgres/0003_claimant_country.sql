-- Version 3: the country of each claim's claimant (ISO 3166 alpha-2), as the event record
-- has it, so that claims can be queried by the side that makes them. Rows stored before are
-- filled from their event's JSON.

ALTER TABLE claims ADD COLUMN claimant_country TEXT;

UPDATE claims SET claimant_country = e.event_json -> 'claims' -> claims.ord ->> 'claimant_country'
FROM events e WHERE e.event_id = claims.event_id;

CREATE INDEX claims_claimant_country ON claims (claimant_country);
