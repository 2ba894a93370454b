-- A plan's framework document (about 4 kB of JSON) passes PostgreSQL's default TOAST threshold of 2 kB, so it was
-- stored pglz-compressed and every GET decompressed it. Rows up to the largest target PostgreSQL allows are now stored
-- as they are, in the table's own pages (a larger row is still compressed), and reads copy the document out unchanged.
ALTER TABLE framework_view SET (toast_tuple_target = 8160);

-- Rows written before keep their compressed values until they change; write them once now (same content).
UPDATE framework_view SET document = (document::text || '')::json WHERE document IS NOT NULL;
