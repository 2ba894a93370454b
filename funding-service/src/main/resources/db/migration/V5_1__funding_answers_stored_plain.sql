-- A plan's funding answer (about 3-4 kB of JSON, twice where its housing organisation sees less) passes PostgreSQL's
-- default TOAST threshold of 2 kB, so it was stored pglz-compressed and every GET decompressed it. Rows up to the
-- largest target PostgreSQL allows are now stored as they are, in the table's own pages (a larger row is still
-- compressed), and reads copy the answer out unchanged.
ALTER TABLE plan_funding_view SET (toast_tuple_target = 8160);

-- Rows written before keep their compressed values until they change; write them once now (same content).
UPDATE plan_funding_view SET body = body || '', organisation_body = organisation_body || '';
