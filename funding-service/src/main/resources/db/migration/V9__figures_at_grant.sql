-- The round's figures as the committee and LBF decided them (issue 13): what each plan was granted, kept beside its
-- budget, which amendments change afterwards, and summed per round and state like the budget is. A closed-out plan's
-- unspent commitment goes back to the pool and an amendment may lower a grant, but the leverage "at grant" (the seed's
-- 290 mio. kr. of plans on 30 mio. kr. of municipal money) stays what was decided.
ALTER TABLE plan_funding ADD COLUMN granted_volume    NUMERIC(15, 2);
ALTER TABLE plan_funding ADD COLUMN granted_municipal NUMERIC(15, 2);

-- Plans granted before this migration: the commitments their grant event booked (amendments book from requests).
UPDATE plan_funding p
   SET granted_volume = g.volume, granted_municipal = g.municipal
  FROM (SELECT e.plan_id, sum(e.amount) AS volume,
               coalesce(sum(e.amount) FILTER (WHERE e.source = 'MUNICIPALITY'), 0) AS municipal
          FROM ledger_entry e WHERE e.kind = 'COMMITMENT' AND e.cause_type = 'EVENT'
         GROUP BY e.plan_id) g
 WHERE g.plan_id = p.plan_id;

ALTER TABLE round_plan_sum ADD COLUMN granted_plans     BIGINT         NOT NULL DEFAULT 0;
ALTER TABLE round_plan_sum ADD COLUMN granted_volume    NUMERIC(15, 2) NOT NULL DEFAULT 0;
ALTER TABLE round_plan_sum ADD COLUMN granted_municipal NUMERIC(15, 2) NOT NULL DEFAULT 0;

UPDATE round_plan_sum s
   SET granted_plans = g.plans, granted_volume = g.volume, granted_municipal = g.municipal
  FROM (SELECT round_id, state, count(*) AS plans, sum(granted_volume) AS volume, sum(granted_municipal) AS municipal
          FROM plan_funding WHERE granted_volume IS NOT NULL GROUP BY round_id, state) g
 WHERE g.round_id = s.round_id AND g.state = s.state;

-- As V3's function, with the granted figures leaving the old row and joining the new one.
CREATE OR REPLACE FUNCTION plan_funding_sums() RETURNS trigger LANGUAGE plpgsql AS $$
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
               volume = s.volume - v_volume, municipal = s.municipal - v_municipal,
               granted_plans = s.granted_plans - CASE WHEN OLD.granted_volume IS NULL THEN 0 ELSE 1 END,
               granted_volume = s.granted_volume - coalesce(OLD.granted_volume, 0),
               granted_municipal = s.granted_municipal - coalesce(OLD.granted_municipal, 0)
         WHERE s.round_id = OLD.round_id AND s.state = OLD.state;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT coalesce(sum((l ->> 'amount')::numeric), 0),
               coalesce(sum((l ->> 'amount')::numeric) FILTER (WHERE l ->> 'source' = 'MUNICIPALITY'), 0)
          INTO v_volume, v_municipal FROM jsonb_array_elements(NEW.budget) l;
        INSERT INTO round_plan_sum AS s (round_id, state, plans, funded_plans, volume, municipal,
                                         granted_plans, granted_volume, granted_municipal)
        VALUES (NEW.round_id, NEW.state, 1, CASE WHEN jsonb_array_length(NEW.budget) > 0 THEN 1 ELSE 0 END,
                v_volume, v_municipal, CASE WHEN NEW.granted_volume IS NULL THEN 0 ELSE 1 END,
                coalesce(NEW.granted_volume, 0), coalesce(NEW.granted_municipal, 0))
        ON CONFLICT (round_id, state) DO UPDATE SET plans = s.plans + 1, funded_plans = s.funded_plans + excluded.funded_plans,
               volume = s.volume + excluded.volume, municipal = s.municipal + excluded.municipal,
               granted_plans = s.granted_plans + excluded.granted_plans,
               granted_volume = s.granted_volume + excluded.granted_volume,
               granted_municipal = s.granted_municipal + excluded.granted_municipal;
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER plan_funding_sums_update ON plan_funding;
CREATE TRIGGER plan_funding_sums_update AFTER UPDATE OF round_id, state, budget, granted_volume ON plan_funding
    FOR EACH ROW WHEN (OLD.round_id IS DISTINCT FROM NEW.round_id OR OLD.state IS DISTINCT FROM NEW.state
                       OR OLD.budget IS DISTINCT FROM NEW.budget OR OLD.granted_volume IS DISTINCT FROM NEW.granted_volume)
    EXECUTE FUNCTION plan_funding_sums();
