-- A plan's row (its answer, about 1-3 kB, and its content) passes PostgreSQL's default TOAST threshold of 2 kB, so
-- the answer was stored pglz-compressed and every read decompressed it: for a page of 50 plans a third of the
-- database's CPU (bench/README.md). Rows up to the largest target PostgreSQL allows are now stored as they are, in the
-- table's own pages; a larger row is still compressed as before. Reads then copy the kept answer out unchanged.
ALTER TABLE plan SET (toast_tuple_target = 8160);

-- Rows written before keep their compressed values until they change; write them once now. Only the answer columns
-- are touched (the version, and with it the ETag, stays).
UPDATE plan SET answer = answer || '' WHERE answer IS NOT NULL;
