-- ProcessedEventCleanup deletes ids older than the retention (30 days) by processed_at: without an index every run
-- would read the whole table.
create index processed_event_processed_at on processed_event (processed_at);
