-- Issue 10: a housing organisation may read its plan's funding, but not what the pool holds for everybody else.
-- Where the answer differs for the plan's own housing organisation (refusal reasons that quote the pool's figures),
-- that answer is kept beside the full one; NULL where both are the same.
ALTER TABLE plan_funding_view ADD COLUMN organisation_body TEXT;
