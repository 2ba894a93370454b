-- Money after the grant (issue 13): the disbursement schedule, corrections as reversing entries, commitments given
-- back to the pool (amendments that lower a grant, close-out of a completed plan).

-- Two new kinds, both lowering an earlier entry without touching it (the ledger stays append-only, amounts positive):
--   COMMITMENT_RELEASE     part of a commitment goes back (to the pool, for MUNICIPALITY): committed -= amount
--   DISBURSEMENT_REVERSAL  a payment is corrected by reversing it: disbursed -= amount
ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_kind_check;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_kind_check CHECK (kind IN ('RESERVATION', 'RELEASE', 'COMMITMENT',
    'DISBURSEMENT', 'COMMITMENT_RELEASE', 'DISBURSEMENT_REVERSAL'));

-- What went back to the pool out of commitments, kept beside the (now net) committed sums.
ALTER TABLE pool_ledger_sum ADD COLUMN returned NUMERIC(15, 2) NOT NULL DEFAULT 0;
ALTER TABLE round_ledger_sum ADD COLUMN returned NUMERIC(15, 2) NOT NULL DEFAULT 0;

-- The invariants of V1/V3, with the two new kinds:
--   committed = COMMITMENT - COMMITMENT_RELEASE, disbursed = DISBURSEMENT - DISBURSEMENT_REVERSAL;
--   per pool: reserved + committed <= capacity (per year too);
--   per plan/year: releases never exceed reservations;
--   per plan/source/year: 0 <= disbursed <= committed, checked on every entry that lowers committed or moves
--   disbursed, under the plan's row lock.
CREATE OR REPLACE FUNCTION ledger_entry_within_limits() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    limit_amount NUMERIC;
    used         NUMERIC;
    paid         NUMERIC;
    d_reserved   NUMERIC := CASE NEW.kind WHEN 'RESERVATION' THEN NEW.amount WHEN 'RELEASE' THEN -NEW.amount ELSE 0 END;
    d_committed  NUMERIC := CASE NEW.kind WHEN 'COMMITMENT' THEN NEW.amount WHEN 'COMMITMENT_RELEASE' THEN -NEW.amount
                                 ELSE 0 END;
    d_disbursed  NUMERIC := CASE NEW.kind WHEN 'DISBURSEMENT' THEN NEW.amount
                                 WHEN 'DISBURSEMENT_REVERSAL' THEN -NEW.amount ELSE 0 END;
    d_returned   NUMERIC := CASE NEW.kind WHEN 'COMMITMENT_RELEASE' THEN NEW.amount ELSE 0 END;
    holds_pool   BOOLEAN := NEW.pool_id IS NOT NULL AND NEW.kind NOT IN ('DISBURSEMENT', 'DISBURSEMENT_REVERSAL');
BEGIN
    IF holds_pool THEN
        SELECT capacity INTO limit_amount FROM pool WHERE id = NEW.pool_id FOR NO KEY UPDATE;
    END IF;
    INSERT INTO round_ledger_sum AS s (round_id, source, year, reserved, committed, disbursed, returned)
    VALUES (NEW.round_id, NEW.source, NEW.year, d_reserved, d_committed, d_disbursed, d_returned)
    ON CONFLICT (round_id, source, year) DO UPDATE SET reserved = s.reserved + excluded.reserved,
           committed = s.committed + excluded.committed, disbursed = s.disbursed + excluded.disbursed,
           returned = s.returned + excluded.returned;
    IF NEW.pool_id IS NOT NULL THEN
        INSERT INTO pool_ledger_sum AS s (pool_id, year, reserved, committed, disbursed, returned)
        VALUES (NEW.pool_id, NEW.year, d_reserved, d_committed, d_disbursed, d_returned)
        ON CONFLICT (pool_id, year) DO UPDATE SET reserved = s.reserved + excluded.reserved,
               committed = s.committed + excluded.committed, disbursed = s.disbursed + excluded.disbursed,
               returned = s.returned + excluded.returned;
    END IF;
    IF holds_pool THEN
        SELECT coalesce(sum(reserved + committed), 0) INTO used FROM pool_ledger_sum WHERE pool_id = NEW.pool_id;
        IF used > limit_amount THEN
            RAISE EXCEPTION 'pool % over capacity: % held of %', NEW.pool_id, used, limit_amount
                USING ERRCODE = 'check_violation', CONSTRAINT = 'pool_within_capacity';
        END IF;
        IF EXISTS (SELECT 1 FROM pool_year WHERE pool_id = NEW.pool_id) THEN
            SELECT capacity INTO limit_amount FROM pool_year WHERE pool_id = NEW.pool_id AND year = NEW.year;
            SELECT reserved + committed INTO used FROM pool_ledger_sum WHERE pool_id = NEW.pool_id AND year = NEW.year;
            -- an entry that gives money back may stand in a year without capacity only if it lowers what is held
            IF (limit_amount IS NULL AND d_committed >= 0) OR used > limit_amount THEN
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
    IF NEW.kind IN ('DISBURSEMENT', 'DISBURSEMENT_REVERSAL', 'COMMITMENT_RELEASE') THEN
        PERFORM 1 FROM plan_funding WHERE plan_id = NEW.plan_id FOR NO KEY UPDATE;
        SELECT coalesce(sum(CASE kind WHEN 'COMMITMENT' THEN amount WHEN 'COMMITMENT_RELEASE' THEN -amount ELSE 0 END), 0),
               coalesce(sum(CASE kind WHEN 'DISBURSEMENT' THEN amount WHEN 'DISBURSEMENT_REVERSAL' THEN -amount ELSE 0 END), 0)
          INTO used, paid
          FROM ledger_entry WHERE plan_id = NEW.plan_id AND source = NEW.source AND year = NEW.year
           AND kind IN ('COMMITMENT', 'COMMITMENT_RELEASE', 'DISBURSEMENT', 'DISBURSEMENT_REVERSAL');
        IF paid > used THEN
            RAISE EXCEPTION 'plan % disburses more than committed for % %', NEW.plan_id, NEW.source, NEW.year
                USING ERRCODE = 'check_violation', CONSTRAINT = 'disbursement_within_commitment';
        END IF;
        IF paid < 0 THEN
            RAISE EXCEPTION 'plan % reverses more than it paid for % %', NEW.plan_id, NEW.source, NEW.year
                USING ERRCODE = 'check_violation', CONSTRAINT = 'reversal_within_disbursement';
        END IF;
    END IF;
    RETURN NULL;
END;
$$;

-- The disbursement schedule: each disbursement is planned for a source and year, approved by the municipality and
-- paid; only the payment (and a correction of it) is money and goes into the ledger, under this row's id
-- (the payment's ledger entry has the disbursement's id, so a disbursement can be paid once only). The row's status
-- moves forward and is never deleted; what it held stays readable. A close-out cancels what was planned or approved
-- and never paid (CANCELLED).
CREATE TABLE disbursement (
    id                  UUID PRIMARY KEY,
    plan_id             UUID           NOT NULL REFERENCES plan_funding (plan_id),
    round_id            TEXT           NOT NULL,
    source              TEXT           NOT NULL CHECK (source IN ('LBF', 'MUNICIPALITY', 'HOUSING_ORGANISATION', 'OTHER')),
    year                INTEGER        NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    amount              NUMERIC(15, 2) NOT NULL CHECK (amount > 0),
    reference           TEXT           NOT NULL,
    status              TEXT           NOT NULL CHECK (status IN ('PLANNED', 'APPROVED', 'PAID', 'CORRECTED',
                                                                  'CANCELLED')),
    planned_by          TEXT           NOT NULL,
    planned_at          TIMESTAMPTZ    NOT NULL,
    approved_by         TEXT,
    approved_at         TIMESTAMPTZ,
    approved_on         DATE,
    paid_by             TEXT,
    paid_at             TIMESTAMPTZ,
    value_date          DATE,
    corrected_by        TEXT,
    corrected_at        TIMESTAMPTZ,
    correction_reason   TEXT,
    correction_entry_id UUID,
    CHECK ((status IN ('PAID', 'CORRECTED')) = (paid_at IS NOT NULL)),
    CHECK ((status = 'CORRECTED') = (corrected_at IS NOT NULL))
);
CREATE INDEX disbursement_plan ON disbursement (plan_id, planned_at, id);
CREATE INDEX disbursement_round ON disbursement (round_id, status);

-- The per-plan allocation of a round (GET /v1/reports/rounds/{roundId}/plans), a page at a time.
CREATE INDEX plan_funding_round_page ON plan_funding (round_id, created_at, plan_id);

-- The one-step disbursements booked before the schedule: paid (planned and approved by whoever paid them).
INSERT INTO disbursement (id, plan_id, round_id, source, year, amount, reference, status, planned_by, planned_at,
                          approved_by, approved_at, approved_on, paid_by, paid_at, value_date)
SELECT id, plan_id, round_id, source, year, amount, coalesce(reference, '-'), 'PAID', recorded_by, recorded_at,
       recorded_by, recorded_at, effective_on, recorded_by, recorded_at, effective_on
  FROM ledger_entry WHERE kind = 'DISBURSEMENT';
