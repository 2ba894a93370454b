-- Funding rounds (puljer) are data: each round brings its own theme list.
CREATE TABLE round (
    id              TEXT PRIMARY KEY,
    name            TEXT        NOT NULL,
    description     TEXT        NOT NULL,
    max_plan_years  INTEGER     NOT NULL CHECK (max_plan_years > 0),
    currency        CHAR(3)     NOT NULL DEFAULT 'DKK'
);

CREATE TABLE round_theme (
    round_id     TEXT    NOT NULL REFERENCES round (id),
    code         TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    name_da      TEXT    NOT NULL,
    name_en      TEXT    NOT NULL,
    description  TEXT    NOT NULL,
    PRIMARY KEY (round_id, code)
);

CREATE TABLE housing_organisation (
    id          UUID PRIMARY KEY,
    name        TEXT        NOT NULL,
    cvr         CHAR(8)     NOT NULL UNIQUE,
    version     BIGINT      NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX housing_organisation_page ON housing_organisation (created_at, id);

CREATE TABLE housing_area (
    id                        UUID PRIMARY KEY,
    housing_organisation_id   UUID        NOT NULL REFERENCES housing_organisation (id),
    name                      TEXT        NOT NULL,
    district                  TEXT        NOT NULL,
    dwellings                 INTEGER     NOT NULL CHECK (dwellings >= 0),
    residents                 INTEGER     NOT NULL CHECK (residents >= 0),
    version                   BIGINT      NOT NULL,
    created_at                TIMESTAMPTZ NOT NULL
);
CREATE INDEX housing_area_page ON housing_area (created_at, id);
CREATE INDEX housing_area_org ON housing_area (housing_organisation_id, created_at, id);

CREATE TABLE plan (
    id                        UUID PRIMARY KEY,
    title                     TEXT        NOT NULL,
    round_id                  TEXT        NOT NULL REFERENCES round (id),
    housing_organisation_id   UUID        NOT NULL REFERENCES housing_organisation (id),
    status                    TEXT        NOT NULL,
    period_start              DATE        NOT NULL,
    period_end                DATE        NOT NULL CHECK (period_end > period_start),
    granted_amount            NUMERIC(15, 2) CHECK (granted_amount > 0),
    version                   BIGINT      NOT NULL,
    created_at                TIMESTAMPTZ NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL
);
CREATE INDEX plan_page ON plan (created_at, id);
CREATE INDEX plan_org ON plan (housing_organisation_id, created_at, id);
CREATE INDEX plan_status ON plan (status, created_at, id);
CREATE INDEX plan_round ON plan (round_id, created_at, id);

CREATE TABLE plan_housing_area (
    plan_id          UUID    NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    housing_area_id  UUID    NOT NULL REFERENCES housing_area (id),
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE plan_theme (
    plan_id     UUID    NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    theme_code  TEXT    NOT NULL,
    PRIMARY KEY (plan_id, position)
);
CREATE INDEX plan_theme_code ON plan_theme (theme_code, plan_id);

CREATE TABLE plan_target_group (
    plan_id       UUID    NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    target_group  TEXT    NOT NULL,
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE plan_activity (
    plan_id      UUID    NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    theme_code   TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    description  TEXT    NOT NULL,
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE plan_budget_line (
    plan_id   UUID           NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position  INTEGER        NOT NULL,
    source    TEXT           NOT NULL,
    year      INTEGER        NOT NULL,
    amount    NUMERIC(15, 2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (plan_id, position)
);

-- Every status change and decision of a plan, oldest first: who, when, why, reference.
CREATE TABLE plan_decision (
    id                UUID PRIMARY KEY,
    plan_id           UUID           NOT NULL REFERENCES plan (id),
    decision          TEXT           NOT NULL,
    from_status       TEXT,
    to_status         TEXT           NOT NULL,
    actor             TEXT           NOT NULL,
    organisation_id   UUID,
    decided_at        TIMESTAMPTZ    NOT NULL,
    reference         TEXT,
    reason            TEXT,
    recommendation    TEXT,
    committee         TEXT,
    meeting_date      DATE,
    granted_amount    NUMERIC(15, 2),
    plan_version      BIGINT         NOT NULL
);
CREATE INDEX plan_decision_plan ON plan_decision (plan_id, decided_at, id);
