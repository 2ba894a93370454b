-- Speed (issue 9). Three changes, each because a request or reaction paid for the old shape:
--   1. a plan's budget, rule checks and refusal reasons are JSONB columns of its row instead of three child tables,
--      so a reaction reads and writes the plan as one row (no collection loads, no delete-and-reinsert of lines);
--   2. the plan's funding as it is answered over HTTP is kept ready in plan_funding_view, written in the
--      transaction that changes the plan or its ledger, so reading it is one primary-key lookup;
--   3. running sums of the ledger per pool/year and per round/source/year, and of the plans per round/state, kept
--      by triggers in the inserting transaction, so the pool check, the pool figures and the round report read a
--      few rows instead of summing the whole ledger of a pool or round.

-- 1. The plan's lists as documents. Rule check figures keep the scale they were made with (2 for DKK, 4 for a
-- share); the old columns padded them to 6 decimals.
ALTER TABLE plan_funding
    ADD COLUMN budget          JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN rule_checks     JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN refusal_reasons JSONB NOT NULL DEFAULT '[]';

UPDATE plan_funding p SET
    budget = coalesce((SELECT jsonb_agg(jsonb_build_object('source', b.source, 'year', b.year, 'amount', b.amount)
                                        ORDER BY b.source, b.year)
                       FROM plan_budget_line b WHERE b.plan_id = p.plan_id), '[]'),
    rule_checks = coalesce((SELECT jsonb_agg(jsonb_build_object('rule', c.rule, 'description', c.description,
                                        'unit', c.unit,
                                        'expected', round(c.expected, CASE c.unit WHEN 'DKK' THEN 2 ELSE 4 END),
                                        'actual', round(c.actual, CASE c.unit WHEN 'DKK' THEN 2 ELSE 4 END),
                                        'outcome', c.outcome) ORDER BY c.position)
                            FROM plan_rule_check c WHERE c.plan_id = p.plan_id), '[]'),
    refusal_reasons = coalesce((SELECT jsonb_agg(jsonb_build_object('code', r.code, 'message', r.message)
                                        ORDER BY r.position)
                                FROM plan_refusal_reason r WHERE r.plan_id = p.plan_id), '[]');

ALTER TABLE plan_funding
    ALTER COLUMN budget DROP DEFAULT,
    ALTER COLUMN rule_checks DROP DEFAULT,
    ALTER COLUMN refusal_reasons DROP DEFAULT,
    ADD CHECK (jsonb_typeof(budget) = 'array'),
    ADD CHECK (jsonb_typeof(rule_checks) = 'array'),
    ADD CHECK (jsonb_typeof(refusal_reasons) = 'array');

DROP TABLE plan_budget_line;
DROP TABLE plan_rule_check;
DROP TABLE plan_refusal_reason;

-- 2. GET /v1/plans/{id}/funding as last written: the JSON body and the ETag's version, with the owner for the
-- housing-organisation scoping. A plan without a row here (funding knew it before this migration and has not
-- changed it since) is answered from the tables and gets its row at its next change.
CREATE TABLE plan_funding_view (
    plan_id                  UUID PRIMARY KEY REFERENCES plan_funding (plan_id),
    housing_organisation_id  UUID   NOT NULL,
    version                  BIGINT NOT NULL,
    body                     TEXT   NOT NULL
);

-- 3. Running sums. Amounts as in ledger_entry: reserved = RESERVATION - RELEASE, committed, disbursed.
CREATE TABLE pool_ledger_sum (
    pool_id    UUID           NOT NULL REFERENCES pool (id),
    year       INTEGER        NOT NULL,
    reserved   NUMERIC(15, 2) NOT NULL,
    committed  NUMERIC(15, 2) NOT NULL,
    disbursed  NUMERIC(15, 2) NOT NULL,
    PRIMARY KEY (pool_id, year)
);

CREATE TABLE round_ledger_sum (
    round_id   TEXT           NOT NULL,
    source     TEXT           NOT NULL,
    year       INTEGER        NOT NULL,
    reserved   NUMERIC(15, 2) NOT NULL,
    committed  NUMERIC(15, 2) NOT NULL,
    disbursed  NUMERIC(15, 2) NOT NULL,
    PRIMARY KEY (round_id, source, year)
);

-- Plans per round and funding state; volume and municipal are the plans' budget totals, funded_plans the plans
-- with at least one budget line (the leverage counts those of RESERVED and COMMITTED).
CREATE TABLE round_plan_sum (
    round_id      TEXT           NOT NULL,
    state         TEXT           NOT NULL,
    plans         BIGINT         NOT NULL,
    funded_plans  BIGINT         NOT NULL,
    volume        NUMERIC(15, 2) NOT NULL,
    municipal     NUMERIC(15, 2) NOT NULL,
    PRIMARY KEY (round_id, state)
);

INSERT INTO pool_ledger_sum (pool_id, year, reserved, committed, disbursed)
SELECT pool_id, year,
       coalesce(sum(CASE kind WHEN 'RESERVATION' THEN amount WHEN 'RELEASE' THEN -amount ELSE 0 END), 0),
       coalesce(sum(CASE kind WHEN 'COMMITMENT' THEN amount ELSE 0 END), 0),
       coalesce(sum(CASE kind WHEN 'DISBURSEMENT' THEN amount ELSE 0 END), 0)
FROM ledger_entry WHERE pool_id IS NOT NULL GROUP BY pool_id, year;

INSERT INTO round_ledger_sum (round_id, source, year, reserved, committed, disbursed)
SELECT round_id, source, year,
       coalesce(sum(CASE kind WHEN 'RESERVATION' THEN amount WHEN 'RELEASE' THEN -amount ELSE 0 END), 0),
       coalesce(sum(CASE kind WHEN 'COMMITMENT' THEN amount ELSE 0 END), 0),
       coalesce(sum(CASE kind WHEN 'DISBURSEMENT' THEN amount ELSE 0 END), 0)
FROM ledger_entry GROUP BY round_id, source, year;

INSERT INTO round_plan_sum (round_id, state, plans, funded_plans, volume, municipal)
SELECT p.round_id, p.state, count(*), count(*) FILTER (WHERE jsonb_array_length(p.budget) > 0),
       coalesce(sum(t.volume), 0), coalesce(sum(t.municipal), 0)
FROM plan_funding p,
     LATERAL (SELECT sum((l ->> 'amount')::numeric) AS volume,
                     sum((l ->> 'amount')::numeric) FILTER (WHERE l ->> 'source' = 'MUNICIPALITY') AS municipal
              FROM jsonb_array_elements(p.budget) l) t
GROUP BY p.round_id, p.state;

-- Keeps round_plan_sum: a plan's old (state, budget) leaves its row, the new one joins its row.
CREATE FUNCTION plan_funding_sums() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_volume    NUMERIC;
    v_municipal NUMERIC;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        SELECT coalesce(sum((l ->> 'amount')::numeric), 0),
               coalesce(sum((l ->> 'amount')::numeric) FILTER (WHERE l ->> 'source' = 'MUNICIPALITY'), 0)
          INTO v_volume, v_municipal FROM jsonb_array_elements(OLD.budget) l;
        UPDATE round_plan_sum s SET plans = s.plans - 1,
               funded_plans = s.funded_plans - CASE WHEN jsonb_array_length(OLD.budget) > 0 THEN 1 ELSE 0 END,
               volume = s.volume - v_volume, municipal = s.municipal - v_municipal
         WHERE s.round_id = OLD.round_id AND s.state = OLD.state;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT coalesce(sum((l ->> 'amount')::numeric), 0),
               coalesce(sum((l ->> 'amount')::numeric) FILTER (WHERE l ->> 'source' = 'MUNICIPALITY'), 0)
          INTO v_volume, v_municipal FROM jsonb_array_elements(NEW.budget) l;
        INSERT INTO round_plan_sum AS s (round_id, state, plans, funded_plans, volume, municipal)
        VALUES (NEW.round_id, NEW.state, 1, CASE WHEN jsonb_array_length(NEW.budget) > 0 THEN 1 ELSE 0 END,
                v_volume, v_municipal)
        ON CONFLICT (round_id, state) DO UPDATE SET plans = s.plans + 1, funded_plans = s.funded_plans + excluded.funded_plans,
               volume = s.volume + excluded.volume, municipal = s.municipal + excluded.municipal;
    END IF;
    RETURN NULL;
END;
$$;

-- Only when what the sums count changes: most updates of a plan (a new version, updated_at) leave them alone.
CREATE TRIGGER plan_funding_sums_insert_delete AFTER INSERT OR DELETE ON plan_funding
    FOR EACH ROW EXECUTE FUNCTION plan_funding_sums();
CREATE TRIGGER plan_funding_sums_update AFTER UPDATE OF round_id, state, budget ON plan_funding
    FOR EACH ROW WHEN (OLD.round_id IS DISTINCT FROM NEW.round_id OR OLD.state IS DISTINCT FROM NEW.state
                       OR OLD.budget IS DISTINCT FROM NEW.budget)
    EXECUTE FUNCTION plan_funding_sums();

-- The ledger's invariants as before (see V1), now checked against the running sums, which this function also keeps:
-- the cost of a booking no longer grows with the pool's ledger. The pool's row lock is taken first, as before, so
-- concurrent bookings against one pool are added and checked one after the other.
CREATE OR REPLACE FUNCTION ledger_entry_within_limits() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    limit_amount NUMERIC;
    used         NUMERIC;
    d_reserved   NUMERIC := CASE NEW.kind WHEN 'RESERVATION' THEN NEW.amount WHEN 'RELEASE' THEN -NEW.amount ELSE 0 END;
    d_committed  NUMERIC := CASE NEW.kind WHEN 'COMMITMENT' THEN NEW.amount ELSE 0 END;
    d_disbursed  NUMERIC := CASE NEW.kind WHEN 'DISBURSEMENT' THEN NEW.amount ELSE 0 END;
BEGIN
    IF NEW.pool_id IS NOT NULL AND NEW.kind <> 'DISBURSEMENT' THEN
        SELECT capacity INTO limit_amount FROM pool WHERE id = NEW.pool_id FOR NO KEY UPDATE;
    END IF;
    INSERT INTO round_ledger_sum AS s (round_id, source, year, reserved, committed, disbursed)
    VALUES (NEW.round_id, NEW.source, NEW.year, d_reserved, d_committed, d_disbursed)
    ON CONFLICT (round_id, source, year) DO UPDATE SET reserved = s.reserved + excluded.reserved,
           committed = s.committed + excluded.committed, disbursed = s.disbursed + excluded.disbursed;
    IF NEW.pool_id IS NOT NULL THEN
        INSERT INTO pool_ledger_sum AS s (pool_id, year, reserved, committed, disbursed)
        VALUES (NEW.pool_id, NEW.year, d_reserved, d_committed, d_disbursed)
        ON CONFLICT (pool_id, year) DO UPDATE SET reserved = s.reserved + excluded.reserved,
               committed = s.committed + excluded.committed, disbursed = s.disbursed + excluded.disbursed;
    END IF;
    IF NEW.pool_id IS NOT NULL AND NEW.kind <> 'DISBURSEMENT' THEN
        SELECT coalesce(sum(reserved + committed), 0) INTO used FROM pool_ledger_sum WHERE pool_id = NEW.pool_id;
        IF used > limit_amount THEN
            RAISE EXCEPTION 'pool % over capacity: % held of %', NEW.pool_id, used, limit_amount
                USING ERRCODE = 'check_violation', CONSTRAINT = 'pool_within_capacity';
        END IF;
        IF EXISTS (SELECT 1 FROM pool_year WHERE pool_id = NEW.pool_id) THEN
            SELECT capacity INTO limit_amount FROM pool_year WHERE pool_id = NEW.pool_id AND year = NEW.year;
            SELECT reserved + committed INTO used FROM pool_ledger_sum WHERE pool_id = NEW.pool_id AND year = NEW.year;
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
