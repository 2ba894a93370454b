-- The co-financing gate (issue 13): what funding-service last said about the plan's municipal co-financing, kept in
-- the plan's own row so that reading a plan stays one statement. Written only by the consumer of boligsocial.funding
-- (never by the plan's own updates, and without changing the plan's version: it is funding's word, not a revision).
ALTER TABLE plan ADD COLUMN co_financing TEXT NOT NULL DEFAULT 'PENDING'
    CHECK (co_financing IN ('PENDING', 'RESERVED', 'REFUSED', 'COMMITTED', 'RELEASED', 'CLOSED'));
-- the refusal reasons ({"reasons": [{"code", "message"}]}) while REFUSED, else NULL
ALTER TABLE plan ADD COLUMN co_financing_reasons JSONB;
-- the time funding-service's event names (reservedAt, refusedAt, ...): an older event never overwrites a newer one
ALTER TABLE plan ADD COLUMN co_financing_at TIMESTAMPTZ;

-- A decision taken although the co-financing was refused: the decider's reason, and the refusal it overrode.
ALTER TABLE plan_decision ADD COLUMN co_financing_override TEXT;
ALTER TABLE plan_decision ADD COLUMN co_financing_refusal JSONB;
