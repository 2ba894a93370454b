-- Effective dates (issue 13): a decision takes effect on a date of its own (the committee's meeting, LBF's letter),
-- kept apart from when it was recorded. A round opens on a date; no decision of its plans lies before it.
ALTER TABLE round ADD COLUMN opens_on DATE;
-- 2011-14 was opened by Boligaftalen 2010; applications for prequalification came in 2011
UPDATE round SET opens_on = DATE '2011-01-01' WHERE id = '2011-14';

-- the date each history entry took effect; entries recorded before are taken to have taken effect when recorded
ALTER TABLE plan_decision ADD COLUMN decided_on DATE;
UPDATE plan_decision SET decided_on = (decided_at AT TIME ZONE 'Europe/Copenhagen')::date;
ALTER TABLE plan_decision ALTER COLUMN decided_on SET NOT NULL;
