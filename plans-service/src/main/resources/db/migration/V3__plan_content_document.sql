-- A plan's content is revised only as a whole, so it is one JSONB document in the plan's row (areas, target groups,
-- activities, budget lines) plus a text[] of its themes, which plans are filtered by. Reading a plan becomes one
-- indexed row instead of six queries, and writing it one insert instead of one per list element.
-- Existing plans are carried over in their order (position) before the per-list tables go.
ALTER TABLE plan ADD COLUMN themes TEXT[];
ALTER TABLE plan ADD COLUMN content JSONB;

UPDATE plan p SET
    themes = COALESCE((SELECT array_agg(t.theme_code ORDER BY t.position) FROM plan_theme t WHERE t.plan_id = p.id),
                      '{}'),
    content = jsonb_build_object(
        'housingAreaIds', COALESCE((SELECT jsonb_agg(a.housing_area_id ORDER BY a.position)
                                    FROM plan_housing_area a WHERE a.plan_id = p.id), '[]'::jsonb),
        'targetGroups', COALESCE((SELECT jsonb_agg(g.target_group ORDER BY g.position)
                                  FROM plan_target_group g WHERE g.plan_id = p.id), '[]'::jsonb),
        'activities', COALESCE((SELECT jsonb_agg(jsonb_build_object('theme', x.theme_code, 'title', x.title,
                                                                    'description', x.description) ORDER BY x.position)
                                FROM plan_activity x WHERE x.plan_id = p.id), '[]'::jsonb),
        'budget', COALESCE((SELECT jsonb_agg(jsonb_build_object('source', b.source, 'year', b.year,
                                                                'amount', b.amount) ORDER BY b.position)
                            FROM plan_budget_line b WHERE b.plan_id = p.id), '[]'::jsonb));

ALTER TABLE plan ALTER COLUMN themes SET NOT NULL;
ALTER TABLE plan ALTER COLUMN content SET NOT NULL;
ALTER TABLE plan ADD CONSTRAINT plan_content_is_object CHECK (jsonb_typeof(content) = 'object');

-- GET /v1/plans?theme=X: "themes @> ARRAY[X]" uses this index.
CREATE INDEX plan_themes ON plan USING GIN (themes);

DROP TABLE plan_housing_area;
DROP TABLE plan_theme;
DROP TABLE plan_target_group;
DROP TABLE plan_activity;
DROP TABLE plan_budget_line;
