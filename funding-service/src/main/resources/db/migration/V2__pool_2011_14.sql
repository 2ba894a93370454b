-- The seed's pool: "medfinansieringspulje i perioden 2012-2014 ... på 30 mio. kr." (Teknik- og Miljøudvalget,
-- 4 April 2011), spread evenly over its three years.
INSERT INTO pool (id, round_id, name, capacity, version, created_at)
VALUES ('2011a14b-0000-4000-8000-000000000001', '2011-14', 'Medfinansieringspulje 2012–2014', 30000000.00, 0,
        '2011-04-04T00:00:00Z');
INSERT INTO pool_year (pool_id, year, capacity) VALUES
    ('2011a14b-0000-4000-8000-000000000001', 2012, 10000000.00),
    ('2011a14b-0000-4000-8000-000000000001', 2013, 10000000.00),
    ('2011a14b-0000-4000-8000-000000000001', 2014, 10000000.00);

-- The housing organisations co-finance 1:1 ("forudsat at de almene boligorganisationer også medfinansierer ...
-- med i alt 30 mio. kr."). No minimum local share: the seed's own figures give 60/290 ≈ 20.7 %.
INSERT INTO co_financing_rule (round_id, housing_organisation_match_ratio, minimum_local_share)
VALUES ('2011-14', 1.0000, NULL);
