-- Rounds become data plans-service owns (issue 13): the municipality opens and revises them over the API, and each
-- change is announced as round.opened.v1 / round.revised.v1 with the whole round, from which funding-service takes
-- the pool and the co-financing rule and evaluation-service the themes and the reporting rule.
--
-- A round now has its years, a version (its ETag) and its frame for the other services: one JSONB document, always
-- written and read whole (RoundFrame).
ALTER TABLE round ADD COLUMN first_year INTEGER CHECK (first_year BETWEEN 2000 AND 2100);
ALTER TABLE round ADD COLUMN last_year INTEGER CHECK (last_year BETWEEN 2000 AND 2100);
ALTER TABLE round ADD COLUMN frame JSONB;
ALTER TABLE round ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- 2011-14 as the seeds of funding-service (V2) and evaluation-service (V6) have it: the pool of 30 mio. kr., 10 mio.
-- kr. in each of 2012-2014; housing organisations match 1:1, no minimum local share; a year's figures are due
-- 1 March of the following year.
UPDATE round SET first_year = 2011, last_year = 2014, frame = jsonb_build_object(
        'pool', jsonb_build_object('name', 'Medfinansieringspulje 2012–2014', 'years', jsonb_build_array(
                jsonb_build_object('year', 2012, 'capacity', 10000000.00::numeric(15, 2)),
                jsonb_build_object('year', 2013, 'capacity', 10000000.00::numeric(15, 2)),
                jsonb_build_object('year', 2014, 'capacity', 10000000.00::numeric(15, 2)))),
        'coFinancing', jsonb_build_object('housingOrganisationMatchRatio', 1.0000::numeric(7, 4),
                'minimumLocalShare', NULL),
        'reporting', jsonb_build_object('dueMonth', 3, 'dueDay', 1, 'yearsAfter', 1))
WHERE id = '2011-14';

ALTER TABLE round ALTER COLUMN first_year SET NOT NULL;
ALTER TABLE round ALTER COLUMN last_year SET NOT NULL;
ALTER TABLE round ALTER COLUMN frame SET NOT NULL;
ALTER TABLE round ADD CONSTRAINT round_years CHECK (last_year >= first_year);
ALTER TABLE round ADD CONSTRAINT round_id_form CHECK (id ~ '^[0-9]{4}-[0-9]{2}$');

-- The seeded round becomes an event too: round.opened.v1 of 2011-14 in the outbox (the relay publishes it after
-- start-up), so a fresh system gets it through Kafka like any round opened later. funding-service and
-- evaluation-service upsert it; where their own seeds already hold it, nothing changes.
INSERT INTO outbox_event (id, aggregate_type, aggregate_id, type, topic, payload)
SELECT gen_random_uuid(), 'round', r.id, 'dk.kk.boligsocial.round.opened.v1', 'boligsocial.plans',
       jsonb_build_object(
           'roundId', r.id,
           'version', r.version,
           'occurredAt', '2011-04-04T00:00:00Z',
           'actor', 'system',
           'round', jsonb_build_object(
               'name', r.name,
               'description', r.description,
               'maxPlanYears', r.max_plan_years,
               'currency', r.currency,
               'opensOn', to_char(r.opens_on, 'YYYY-MM-DD'),
               'firstYear', r.first_year,
               'lastYear', r.last_year,
               'themes', (SELECT jsonb_agg(jsonb_build_object('code', t.code, 'position', t.position,
                                  'nameDa', t.name_da, 'nameEn', t.name_en, 'description', t.description)
                                  ORDER BY t.position)
                          FROM round_theme t WHERE t.round_id = r.id),
               'pool', jsonb_build_object('name', r.frame -> 'pool' ->> 'name', 'years',
                   (SELECT jsonb_agg(jsonb_build_object('year', y -> 'year', 'capacity',
                                jsonb_build_object('amount', y -> 'capacity', 'currency', 'DKK')) ORDER BY (y ->> 'year')::int)
                    FROM jsonb_array_elements(r.frame -> 'pool' -> 'years') AS y)),
               'coFinancing', r.frame -> 'coFinancing',
               'reporting', r.frame -> 'reporting'))::text
FROM round r
WHERE r.id = '2011-14';
