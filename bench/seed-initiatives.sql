-- Adds :count synthetic initiatives (labelled as benchmark data) with classification rows, for list benchmarks.
-- Usage: psql -v count=50000 -f seed-initiatives.sql
INSERT INTO initiative (title_ja, title_en, summary_ja, summary_en, status, start_date, end_date, fiscal_year,
                        nationwide, lead_mission_code, interest_tier_code, created_by, updated_by)
SELECT 'ベンチマーク取組 ' || g || ' ' || (ARRAY['半導体','量子','人材交流','エネルギー','スタートアップ'])[1 + g % 5] || '協力',
       'Benchmark initiative ' || g,
       'ベンチマーク用の架空の取組です。番号 ' || g,
       'A fictional initiative for benchmarks, number ' || g,
       (ARRAY['PLANNED','ACTIVE','COMPLETED','CANCELLED'])[1 + g % 4],
       DATE '2024-04-01' + (g % 700),
       DATE '2024-04-01' + (g % 700) + 90,
       2024 + g % 3,
       g % 50 = 0,
       (SELECT code FROM diplomatic_mission ORDER BY code OFFSET (g % 18) LIMIT 1),
       (ARRAY['LOW','MODERATE','HIGH'])[1 + g % 3],
       'bench', 'bench'
FROM generate_series(1, :count) AS g;

INSERT INTO initiative_priority_area (initiative_id, priority_area_code)
SELECT i.id, (ARRAY['SCIENCE_TECH','ECONOMIC_SECURITY','ENERGY','GROWTH_TALENT','PUBLIC_AWARENESS'])[1 + i.id % 5]
FROM initiative i WHERE i.created_by = 'bench'
ON CONFLICT DO NOTHING;

INSERT INTO initiative_sector (initiative_id, sector_code)
SELECT i.id, s.code FROM initiative i
JOIN LATERAL (SELECT code FROM sector ORDER BY code OFFSET (i.id % 18) LIMIT 2) s ON TRUE
WHERE i.created_by = 'bench'
ON CONFLICT DO NOTHING;

INSERT INTO initiative_state (initiative_id, state_code)
SELECT i.id, s.code FROM initiative i
JOIN LATERAL (SELECT code FROM us_state ORDER BY code OFFSET (i.id % 54) LIMIT 3) s ON TRUE
WHERE i.created_by = 'bench'
ON CONFLICT DO NOTHING;

INSERT INTO initiative_regional_approach (initiative_id, regional_approach_code)
SELECT i.id, (ARRAY['MANY_JAPANESE_COMPANIES','FEW_JAPANESE_LEARNERS','DISTINCTIVE_INDUSTRY_RD','LOCAL_EXCHANGE'])[1 + i.id % 4]
FROM initiative i WHERE i.created_by = 'bench'
ON CONFLICT DO NOTHING;

INSERT INTO initiative_audience (initiative_id, audience_code)
SELECT i.id, (ARRAY['KEY_OFFICIALS','GENERAL_PUBLIC','JAPANESE_COMPANIES'])[1 + i.id % 3]
FROM initiative i WHERE i.created_by = 'bench'
ON CONFLICT DO NOTHING;

ANALYZE;
