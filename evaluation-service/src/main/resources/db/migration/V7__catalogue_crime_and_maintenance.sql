-- Catalogue additions (issue 14): the seed's concerns about crime and unrest and about the estates' maintenance costs
-- had no indicator. Under "Det sociale liv og evnen til at bo", beside safety and vandalism; lower is better for all
-- three. Like every catalogue addition they apply to plans granted from now on; an existing plan adds them to its
-- framework over the API while it is open.
INSERT INTO indicator (id, code, round_id, theme_code, name_da, name_en, unit, direction, description, score_min, score_max, version, created_at)
SELECT id::uuid, code, '2011-14', 'SOCIALT_LIV_OG_EVNEN_TIL_AT_BO', name_da, name_en, unit, 'LOWER_IS_BETTER', description, NULL, NULL, 0,
       TIMESTAMPTZ '2011-04-04 12:00:00+00' + n * INTERVAL '1 second'
FROM (VALUES
 (15, 'a0000000-0000-4000-8000-000000000211', 'REPORTED_CRIME',
  'Anmeldt kriminalitet i boligområdet', 'Reported crime in the housing area', 'COUNT',
  'Antal anmeldelser til politiet af kriminalitet begået i boligområdet pr. år, efter politiets opgørelse for området.'),
 (16, 'a0000000-0000-4000-8000-000000000212', 'UNREST_INCIDENTS',
  'Episoder med uro og utryghed', 'Incidents of unrest', 'COUNT',
  'Antal registrerede episoder med uro, chikane eller utryghedsskabende adfærd i området pr. år (politi, SSP og ejendomskontor).'),
 (17, 'a0000000-0000-4000-8000-000000000213', 'MAINTENANCE_COSTS',
  'Udgifter til ekstraordinær vedligeholdelse', 'Extraordinary maintenance costs', 'DKK',
  'Afdelingens udgifter i kr. pr. år til vedligeholdelse ud over det planlagte, fx reparationer efter misbrug og hårdt slid af fællesarealer.')
) AS additions (n, id, code, name_da, name_en, unit, description);
