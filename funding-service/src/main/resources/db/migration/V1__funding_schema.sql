-- Co-financing pools of the funding rounds. A pool's reserved, committed, disbursed and available amounts are
-- never stored: they are sums over ledger_entry, taken under the pool's row lock (see ledger_entry_within_limits).
CREATE TABLE pool (
    id          UUID PRIMARY KEY,
    round_id    TEXT           NOT NULL UNIQUE CHECK (length(btrim(round_id)) > 0),
    name        TEXT           NOT NULL CHECK (length(btrim(name)) > 0),
    capacity    NUMERIC(15, 2) NOT NULL CHECK (capacity > 0),
    version     BIGINT         NOT NULL,
    created_at  TIMESTAMPTZ    NOT NULL
);
CREATE INDEX pool_page ON pool (created_at, id);

-- Optional capacity per year; when a pool has any, municipal money can only be booked in those years.
CREATE TABLE pool_year (
    pool_id   UUID           NOT NULL REFERENCES pool (id),
    year      INTEGER        NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    capacity  NUMERIC(15, 2) NOT NULL CHECK (capacity > 0),
    PRIMARY KEY (pool_id, year)
);

-- The co-financing rules of a round, as data; a null parameter switches the rule off.
CREATE TABLE co_financing_rule (
    round_id                          TEXT PRIMARY KEY,
    housing_organisation_match_ratio  NUMERIC(7, 4) CHECK (housing_organisation_match_ratio >= 0),
    minimum_local_share               NUMERIC(5, 4) CHECK (minimum_local_share BETWEEN 0 AND 1)
);

-- What funding knows about a plan, from the plan events: who owns it (for boligorganisation scoping), its budget
-- and where its money stands.
CREATE TABLE plan_funding (
    plan_id                   UUID PRIMARY KEY,
    round_id                  TEXT        NOT NULL,
    housing_organisation_id   UUID        NOT NULL,
    title                     TEXT        NOT NULL,
    state                     TEXT        NOT NULL CHECK (state IN ('RESERVED', 'REFUSED', 'COMMITTED', 'RELEASED', 'CLOSED')),
    budget_basis              TEXT        NOT NULL CHECK (budget_basis IN ('REQUESTED', 'GRANTED')),
    committed_without_reservation BOOLEAN NOT NULL DEFAULT FALSE,
    version                   BIGINT      NOT NULL,
    created_at                TIMESTAMPTZ NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL
);
CREATE INDEX plan_funding_round_state ON plan_funding (round_id, state);

-- The plan's budget by source and year: as requested until the grant, as granted afterwards.
CREATE TABLE plan_budget_line (
    plan_id  UUID           NOT NULL REFERENCES plan_funding (plan_id),
    source   TEXT           NOT NULL CHECK (source IN ('LBF', 'MUNICIPALITY', 'HOUSING_ORGANISATION', 'OTHER')),
    year     INTEGER        NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    amount   NUMERIC(15, 2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (plan_id, source, year)
);

-- The rule checks of the plan's last funding decision (reservation, refusal or commitment).
CREATE TABLE plan_rule_check (
    plan_id      UUID           NOT NULL REFERENCES plan_funding (plan_id),
    position     INTEGER        NOT NULL,
    rule         TEXT           NOT NULL,
    description  TEXT           NOT NULL,
    unit         TEXT           NOT NULL CHECK (unit IN ('DKK', 'SHARE')),
    expected     NUMERIC(19, 6) NOT NULL,
    actual       NUMERIC(19, 6) NOT NULL,
    outcome      TEXT           NOT NULL CHECK (outcome IN ('PASSED', 'FAILED')),
    PRIMARY KEY (plan_id, position)
);

-- Why the plan's last request for municipal money was refused (empty unless state is REFUSED).
CREATE TABLE plan_refusal_reason (
    plan_id   UUID    NOT NULL REFERENCES plan_funding (plan_id),
    position  INTEGER NOT NULL,
    code      TEXT    NOT NULL,
    message   TEXT    NOT NULL,
    PRIMARY KEY (plan_id, position)
);

-- Every krone's movement, append-only. Amounts are positive; the kind gives the direction:
--   reserved  = RESERVATION - RELEASE   (MUNICIPALITY only, always against the round's pool)
--   committed = COMMITMENT              (every source; MUNICIPALITY ones against the pool)
--   disbursed = DISBURSEMENT            (paid out of commitments)
-- cause_id is the ce_id of the plan event, or the disbursement id of the HTTP request, that caused the entry.
CREATE TABLE ledger_entry (
    id           UUID PRIMARY KEY,
    plan_id      UUID           NOT NULL REFERENCES plan_funding (plan_id),
    round_id     TEXT           NOT NULL,
    pool_id      UUID           REFERENCES pool (id),
    kind         TEXT           NOT NULL CHECK (kind IN ('RESERVATION', 'RELEASE', 'COMMITMENT', 'DISBURSEMENT')),
    source       TEXT           NOT NULL CHECK (source IN ('LBF', 'MUNICIPALITY', 'HOUSING_ORGANISATION', 'OTHER')),
    year         INTEGER        NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    amount       NUMERIC(15, 2) NOT NULL CHECK (amount > 0),
    cause_type   TEXT           NOT NULL CHECK (cause_type IN ('EVENT', 'REQUEST')),
    cause_id     TEXT           NOT NULL,
    reference    TEXT,
    recorded_by  TEXT           NOT NULL,
    recorded_at  TIMESTAMPTZ    NOT NULL,
    CHECK ((source = 'MUNICIPALITY') = (pool_id IS NOT NULL)),
    CHECK (kind NOT IN ('RESERVATION', 'RELEASE') OR source = 'MUNICIPALITY')
);
CREATE INDEX ledger_entry_plan ON ledger_entry (plan_id, recorded_at, id);
CREATE INDEX ledger_entry_pool ON ledger_entry (pool_id, year) WHERE pool_id IS NOT NULL;
CREATE INDEX ledger_entry_round ON ledger_entry (round_id, source, year);

-- The invariants, enforced by the database whatever the code does:
--   per pool:        reserved + committed <= capacity, and per year <= that year's capacity;
--                    with per-year capacities, no municipal money in other years;
--   per plan/year:   releases never exceed reservations;
--   per plan/source/year: disbursed <= committed.
-- The pool (or plan) row is locked first, so concurrent inserts are checked one after the other; in READ COMMITTED
-- every statement below sees what the previous lock holder committed. NO KEY UPDATE (what the service's
-- PESSIMISTIC_WRITE takes too) rather than UPDATE, so it does not wait on the KEY SHARE locks that the foreign keys
-- of other transactions' inserts hold on the same row.
CREATE FUNCTION ledger_entry_within_limits() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    limit_amount NUMERIC;
    used         NUMERIC;
BEGIN
    IF NEW.pool_id IS NOT NULL AND NEW.kind <> 'DISBURSEMENT' THEN
        SELECT capacity INTO limit_amount FROM pool WHERE id = NEW.pool_id FOR NO KEY UPDATE;
        SELECT coalesce(sum(CASE kind WHEN 'RELEASE' THEN -amount WHEN 'DISBURSEMENT' THEN 0 ELSE amount END), 0)
          INTO used FROM ledger_entry WHERE pool_id = NEW.pool_id;
        IF used > limit_amount THEN
            RAISE EXCEPTION 'pool % over capacity: % held of %', NEW.pool_id, used, limit_amount
                USING ERRCODE = 'check_violation', CONSTRAINT = 'pool_within_capacity';
        END IF;
        IF EXISTS (SELECT 1 FROM pool_year WHERE pool_id = NEW.pool_id) THEN
            SELECT capacity INTO limit_amount FROM pool_year WHERE pool_id = NEW.pool_id AND year = NEW.year;
            SELECT coalesce(sum(CASE kind WHEN 'RELEASE' THEN -amount WHEN 'DISBURSEMENT' THEN 0 ELSE amount END), 0)
              INTO used FROM ledger_entry WHERE pool_id = NEW.pool_id AND year = NEW.year;
            IF limit_amount IS NULL OR used > limit_amount THEN
                RAISE EXCEPTION 'pool % over its capacity for %: % held of %', NEW.pool_id, NEW.year, used, limit_amount
                    USING ERRCODE = 'check_violation', CONSTRAINT = 'pool_year_within_capacity';
            END IF;
        END IF;
    END IF;
    IF NEW.kind = 'RELEASE' THEN
        SELECT coalesce(sum(CASE kind WHEN 'RESERVATION' THEN amount ELSE -amount END), 0) INTO used
          FROM ledger_entry WHERE plan_id = NEW.plan_id AND year = NEW.year AND kind IN ('RESERVATION', 'RELEASE');
        IF used < 0 THEN
            RAISE EXCEPTION 'plan % releases more than it reserved for %', NEW.plan_id, NEW.year
                USING ERRCODE = 'check_violation', CONSTRAINT = 'release_within_reservation';
        END IF;
    END IF;
    IF NEW.kind = 'DISBURSEMENT' THEN
        PERFORM 1 FROM plan_funding WHERE plan_id = NEW.plan_id FOR NO KEY UPDATE;
        SELECT coalesce(sum(CASE kind WHEN 'COMMITMENT' THEN amount ELSE -amount END), 0) INTO used
          FROM ledger_entry WHERE plan_id = NEW.plan_id AND source = NEW.source AND year = NEW.year
           AND kind IN ('COMMITMENT', 'DISBURSEMENT');
        IF used < 0 THEN
            RAISE EXCEPTION 'plan % disburses more than committed for % %', NEW.plan_id, NEW.source, NEW.year
                USING ERRCODE = 'check_violation', CONSTRAINT = 'disbursement_within_commitment';
        END IF;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER ledger_entry_within_limits AFTER INSERT ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_within_limits();
