-- A pool that proves itself (issue 15): every ledger entry of a round carries its position in the round's chain, the
-- hash of the entry before it and its own hash, SHA-256 over the entry's canonical form (docs/decisions.md, "The
-- ledger's hash chain"; the same form is computed in Java by dk.kk.boligsocial.events.ledger.LedgerChain, which the
-- proof endpoint and the offline VerifyPoolChain command use). The chain is per round: a round has at most one
-- pool, and every entry of the round (all sources, disbursements too) is in its pool's chain.
--
-- Canonical form: UTF-8 of these lines, each ending in LF, in this order:
--   previous=<hex of the previous entry's hash, or 64 zeros for the first>
--   position=<1, 2, ... within the round>
--   id=<uuid, lower case>  round=<round_id>  plan=<uuid>  pool=<uuid>  kind=<kind>  source=<source>  year=<year>
--   amount=<plain decimal, 2 places>  causeType=<EVENT|REQUEST>  causeId=<text>  reference=<text>
--   recordedBy=<text>  recordedAt=<UTC, yyyy-MM-ddTHH:mm:ss.ffffffZ>  effectiveOn=<yyyy-MM-dd>
-- A null value is written as the bare name without '=' (pool, reference); in text values '\' is written '\\' and LF
-- '\n', so no value can forge a line.

ALTER TABLE ledger_entry
    ADD COLUMN chain_position BIGINT,
    ADD COLUMN previous_hash  CHAR(64),
    ADD COLUMN hash           CHAR(64);

-- The head of each round's chain; its row is locked (after the pool's row, the order every booking takes) while an
-- entry is chained, so the entries of one round chain one after the other, in the order they commit.
CREATE TABLE ledger_chain (
    round_id  TEXT     PRIMARY KEY,
    entries   BIGINT   NOT NULL CHECK (entries >= 0),
    head      CHAR(64) NOT NULL
);

CREATE FUNCTION ledger_text(value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT replace(replace(value, E'\\', E'\\\\'), E'\n', E'\\n')
$$;

CREATE FUNCTION ledger_line(name TEXT, value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN name ELSE name || '=' || ledger_text(value) END || E'\n'
$$;

CREATE FUNCTION ledger_entry_hash(previous TEXT, chain_pos BIGINT, e ledger_entry) RETURNS CHAR(64)
    LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(
        ledger_line('previous', previous)
        || ledger_line('position', chain_pos::text)
        || ledger_line('id', e.id::text)
        || ledger_line('round', e.round_id)
        || ledger_line('plan', e.plan_id::text)
        || ledger_line('pool', e.pool_id::text)
        || ledger_line('kind', e.kind)
        || ledger_line('source', e.source)
        || ledger_line('year', e.year::text)
        || ledger_line('amount', to_char(e.amount, 'FM9999999999999990.00'))
        || ledger_line('causeType', e.cause_type)
        || ledger_line('causeId', e.cause_id)
        || ledger_line('reference', e.reference)
        || ledger_line('recordedBy', e.recorded_by)
        || ledger_line('recordedAt', to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        || ledger_line('effectiveOn', to_char(e.effective_on, 'YYYY-MM-DD')),
        'UTF8')), 'hex')
$$;

-- Backfill: the entries there are, per round in the order they were recorded (then by id, as the plan's history
-- orders them).
DO $$
DECLARE
    e        ledger_entry;
    previous TEXT := NULL;
    round    TEXT := NULL;
    n        BIGINT := 0;
BEGIN
    FOR e IN SELECT * FROM ledger_entry ORDER BY round_id, recorded_at, id LOOP
        IF round IS DISTINCT FROM e.round_id THEN
            IF round IS NOT NULL THEN
                INSERT INTO ledger_chain (round_id, entries, head) VALUES (round, n, previous);
            END IF;
            round := e.round_id;
            previous := repeat('0', 64);
            n := 0;
        END IF;
        n := n + 1;
        UPDATE ledger_entry SET chain_position = n, previous_hash = previous,
               hash = ledger_entry_hash(previous, n, e) WHERE id = e.id;
        previous := ledger_entry_hash(previous, n, e);
    END LOOP;
    IF round IS NOT NULL THEN
        INSERT INTO ledger_chain (round_id, entries, head) VALUES (round, n, previous);
    END IF;
END;
$$;

ALTER TABLE ledger_entry
    ALTER COLUMN chain_position SET NOT NULL,
    ALTER COLUMN previous_hash SET NOT NULL,
    ALTER COLUMN hash SET NOT NULL,
    ADD CONSTRAINT ledger_entry_chain_position UNIQUE (round_id, chain_position);

-- Chains every new entry, whatever code path writes it, in the inserting transaction. The pool's row lock first (the
-- order every booking takes, see V1), then the chain's row; whatever the code sets is overwritten.
CREATE FUNCTION ledger_entry_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    chain ledger_chain;
BEGIN
    PERFORM 1 FROM pool WHERE round_id = NEW.round_id FOR NO KEY UPDATE;
    INSERT INTO ledger_chain (round_id, entries, head) VALUES (NEW.round_id, 0, repeat('0', 64))
        ON CONFLICT (round_id) DO NOTHING;
    SELECT * INTO chain FROM ledger_chain WHERE round_id = NEW.round_id FOR UPDATE;
    NEW.chain_position := chain.entries + 1;
    NEW.previous_hash := chain.head;
    NEW.hash := ledger_entry_hash(chain.head, NEW.chain_position, NEW);
    UPDATE ledger_chain SET entries = NEW.chain_position, head = NEW.hash WHERE round_id = NEW.round_id;
    RETURN NEW;
END;
$$;

CREATE TRIGGER ledger_entry_chain BEFORE INSERT ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_chain();
