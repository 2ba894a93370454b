-- Effective dates (issue 13): each ledger entry takes effect on the date of the decision that caused it (the
-- prequalification, the grant, the withdrawal: decision.decidedOn of the plan event) or the disbursement's value
-- date, kept apart from when it was booked (recorded_at). "As of" reports sum the entries effective by a date.
ALTER TABLE ledger_entry ADD COLUMN effective_on DATE;
UPDATE ledger_entry SET effective_on = (recorded_at AT TIME ZONE 'Europe/Copenhagen')::date;
-- an entry written without a date takes effect the day it is booked (the service always gives one)
ALTER TABLE ledger_entry ALTER COLUMN effective_on SET DEFAULT ((now() AT TIME ZONE 'Europe/Copenhagen')::date);
ALTER TABLE ledger_entry ALTER COLUMN effective_on SET NOT NULL;
CREATE INDEX ledger_entry_round_effective ON ledger_entry (round_id, effective_on);
