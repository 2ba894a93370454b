-- Idempotent consumers: one row per (consumer, event id) that has taken effect, written in the
-- same transaction as the effect. A second delivery of the same event finds its row and is skipped.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(255) not null,                 -- ce_id of the event
    type         varchar(200) not null,                 -- ce_type, for operators
    processed_at timestamptz  not null default clock_timestamp(),
    primary key (consumer, event_id)
);
