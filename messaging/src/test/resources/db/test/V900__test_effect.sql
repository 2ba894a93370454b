-- Effects of the test consumer, written in the consumer's transaction.
create table test_effect (
    event_id varchar(255) not null,
    note     varchar(200) not null
);
