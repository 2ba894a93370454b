-- Kroner per outcome (issue 15): each granted plan's money as funding-service announced it on boligsocial.funding,
-- beside the results this service keeps itself. Only what the events say: committed (all sources, net of amendments
-- and the close-out's release), paid (net of corrections), and whether the plan's money is closed. Nothing here is
-- read from funding-service's tables; the rows are rebuilt from the topic from offset 0 (PortfolioRebuild).
CREATE TABLE plan_money (
    plan_id                  UUID PRIMARY KEY,
    round_id                 TEXT           NOT NULL,
    housing_organisation_id  UUID           NOT NULL,
    committed                NUMERIC(15, 2) NOT NULL DEFAULT 0,
    municipal_committed      NUMERIC(15, 2) NOT NULL DEFAULT 0,
    paid                     NUMERIC(15, 2) NOT NULL DEFAULT 0,
    municipal_paid           NUMERIC(15, 2) NOT NULL DEFAULT 0,
    closed                   BOOLEAN        NOT NULL DEFAULT false,
    updated_at               TIMESTAMPTZ    NOT NULL
);
CREATE INDEX plan_money_round ON plan_money (round_id, housing_organisation_id);
