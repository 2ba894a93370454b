-- Transactional outbox of the messaging library. Table names are unqualified on purpose:
-- the service's currentSchema / Flyway default schema decides where they live.
--
-- A row is written in the business transaction (Outbox.publish) and deleted by the relay once
-- the broker has acknowledged it, so the table holds only the backlog of unsent events.
create table outbox_event (
    id             uuid         primary key,            -- becomes ce_id
    seq            bigserial    not null unique,        -- publication order per aggregate
    aggregate_type varchar(100) not null,
    aggregate_id   varchar(200) not null,               -- Kafka key and ce_subject
    type           varchar(200) not null,               -- ce_type
    topic          varchar(249) not null,
    -- text, not jsonb: the relay publishes exactly the bytes Jackson wrote (jsonb would reorder
    -- keys and reformat numbers), and rows are short-lived, so nothing ever queries into them.
    payload        text         not null,
    traceparent    varchar(55),
    created_at     timestamptz  not null default clock_timestamp(),
    attempts       integer      not null default 0,     -- failed send attempts
    last_error     text
);

-- The relay's head-of-aggregate lookup: "is there an earlier unsent row of this aggregate?"
create index outbox_event_aggregate_seq on outbox_event (aggregate_id, seq);
