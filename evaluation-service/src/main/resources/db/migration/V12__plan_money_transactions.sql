-- The IATI export (issue 14) needs each granted plan's money as individual transactions, not only plan_money's sums:
-- one row per source and year each funding event announced, signed so that a plan's rows add up to plan_money's
-- figures (a correction is a negative disbursement, an amendment lowering a year or the close-out's release a
-- negative commitment). Written by the same reactions as plan_money, in the same transaction, and rebuilt with it
-- from boligsocial.funding (PortfolioRebuild); never read from funding-service's tables.
CREATE TABLE plan_money_transaction (
    id           UUID PRIMARY KEY,
    plan_id      UUID           NOT NULL,
    kind         TEXT           NOT NULL CHECK (kind IN ('COMMITMENT', 'DISBURSEMENT')),
    cause        TEXT           NOT NULL CHECK (cause IN ('GRANT', 'AMENDMENT', 'RELEASE', 'PAYMENT', 'CORRECTION')),
    source       TEXT           NOT NULL CHECK (source IN ('LBF', 'MUNICIPALITY', 'HOUSING_ORGANISATION', 'OTHER')),
    year         INTEGER        NOT NULL,
    amount       NUMERIC(15, 2) NOT NULL,
    -- the event's own day: committedAt's, decidedOn, disbursedAt's, correctedAt's, closedAt's (UTC)
    occurred_on  DATE           NOT NULL,
    -- ce_id of the funding event; an event of several lines gives several rows
    event_id     TEXT           NOT NULL,
    recorded_at  TIMESTAMPTZ    NOT NULL
);
CREATE INDEX plan_money_transaction_plan ON plan_money_transaction (plan_id, occurred_on, id);
