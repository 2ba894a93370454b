-- The reporting schedule (issue 14): each reporting period is due on a date, by its round's rule unless the
-- municipality moved it for the plan; reminders before and after that date are sent once each.

-- A round's rule: a period's figures are due on due_day/due_month, years_after years after the period's year
-- (2011-14: 1 March of the following year). Days stop at 28, so the rule gives a date in every month and year.
-- A round without a rule gets the same default (DueRule.DEFAULT).
CREATE TABLE round_reporting_rule (
    round_id     TEXT    PRIMARY KEY,
    due_month    INTEGER NOT NULL CHECK (due_month BETWEEN 1 AND 12),
    due_day      INTEGER NOT NULL CHECK (due_day BETWEEN 1 AND 28),
    years_after  INTEGER NOT NULL CHECK (years_after BETWEEN 0 AND 2)
);
INSERT INTO round_reporting_rule (round_id, due_month, due_day, years_after) VALUES ('2011-14', 3, 1, 1);

-- due_on_set_by: who moved the date for this plan; null while it is the round's rule.
ALTER TABLE reporting_period ADD COLUMN due_on DATE;
ALTER TABLE reporting_period ADD COLUMN due_on_set_by TEXT;
UPDATE reporting_period p
SET due_on = make_date(p.year + coalesce(r.years_after, 1), coalesce(r.due_month, 3), coalesce(r.due_day, 1))
FROM framework f LEFT JOIN round_reporting_rule r ON r.round_id = f.round_id
WHERE f.plan_id = p.plan_id;
ALTER TABLE reporting_period ALTER COLUMN due_on SET NOT NULL;
CREATE INDEX reporting_period_due ON reporting_period (due_on) WHERE NOT locked;

-- One row per reminder sent: (period, kind, due date) is its key, inserted in the transaction that writes the
-- reminder's outbox row. Two instances of the job racing for the same reminder queue on the key; the second finds
-- the row committed and sends nothing. A due date moved later gets reminders of its own.
CREATE TABLE reporting_reminder (
    period_id  UUID        NOT NULL REFERENCES reporting_period (id),
    kind       TEXT        NOT NULL CHECK (kind IN ('DUE_SOON', 'OVERDUE')),
    due_on     DATE        NOT NULL,
    event_id   UUID,
    sent_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (period_id, kind, due_on)
);

-- The framework documents now show each period's due date: rebuilt on their next read (ReadModels.document).
UPDATE framework_view SET document = NULL;
