-- Fills a Flyway-migrated portal database with a large, seeded, fictional volume for benchmarks:
-- :initiatives initiatives and :reports activity reports over ten fiscal years (FY2017 .. the fiscal year of
-- :end_date) for every mission and every state of its jurisdiction (mission_jurisdiction; a county of
-- jurisdiction_county where a state is split), with statuses, timelines and transition rows as the review
-- workflow writes them. EVERYTHING IS FICTIONAL and labelled "benchmark" (users bench-*, texts say so).
--
-- Reproducible: every choice is a hash of (row number, seed, purpose) - no random() - so the same seed, counts
-- and end date give the same rows. Run by bench/generate-data.sh; by hand:
--   psql -v seed=42 -v initiatives=50000 -v reports=1000000 -v end_date=2026-12-01 -f bench/generate-data.sql
\set ON_ERROR_STOP on
\timing on
SET client_min_messages = warning;
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';
-- Foreign keys are not checked row by row during the bulk load (every reference is built from the reference
-- tables below); the checks at the end count orphans and fail the run if there is one.
SET session_replication_role = replica;

BEGIN;

-- A uniform number in [0, 1) from a row number and a purpose, for the seed.
CREATE FUNCTION pg_temp.rnd(k BIGINT, purpose INTEGER) RETURNS DOUBLE PRECISION
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (hashint8extended(k, :seed * 1000 + purpose) & 2147483647)::DOUBLE PRECISION / 2147483648.0;

-- Picks one element of an array with the hash of (k, purpose).
CREATE FUNCTION pg_temp.pick(arr TEXT[], k BIGINT, purpose INTEGER) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN arr[1 + floor(pg_temp.rnd(k, purpose) * cardinality(arr))::INTEGER];

CREATE TEMP TABLE b_mission ON COMMIT DROP AS
SELECT (row_number() OVER (ORDER BY code) - 1)::INTEGER AS mi, code
FROM diplomatic_mission
WHERE code IN (SELECT mission_code FROM mission_jurisdiction);

-- Every (mission, state) pair, numbered globally (pi) and per mission (si); the counties where a state is split.
CREATE TEMP TABLE b_pair ON COMMIT DROP AS
SELECT (row_number() OVER (ORDER BY m.mi, j.state_code) - 1)::INTEGER AS pi,
       m.mi, m.code AS mission_code,
       (row_number() OVER (PARTITION BY m.mi ORDER BY j.state_code) - 1)::INTEGER AS si,
       j.state_code,
       (SELECT array_agg(jc.county_id ORDER BY jc.county_id) FROM jurisdiction_county jc
        WHERE jc.jurisdiction_id = j.id) AS counties
FROM mission_jurisdiction j JOIN b_mission m ON m.code = j.mission_code;
CREATE TEMP TABLE b_mission_states ON COMMIT DROP AS SELECT mi, count(*)::INTEGER AS n FROM b_pair GROUP BY mi;

SELECT count(*) AS mission_count FROM b_mission \gset
SELECT count(*) AS pair_count FROM b_pair \gset

-- Users: three reporters per mission, six HQ reviewers, one administrator. Password bench-pass-2026 (the benchmark
-- signs in with it); these are benchmark accounts of a benchmark database only. Not the demo password: the portal
-- refuses to start outside the demo profile on a database with demo accounts.
INSERT INTO app_user (username, display_name, email, password_hash, role, mission_code, preferred_language, created_at)
SELECT u.username, u.display_name, u.username || '@bench.example.org',
       '{bcrypt}$2a$10$DjuyImaowS1ZEy4v4b8lWuZ0D1xuGgrN86Rtul9z0wbY6qP9tToWy', u.role, u.mission_code, u.lang,
       TIMESTAMPTZ '2017-03-01 09:00+09'
FROM (SELECT 'bench-' || lower(m.code) || '-' || k, 'Benchmark reporter ' || m.code || ' ' || k || '（ベンチマーク）',
             'MISSION_REPORTER', m.code, CASE WHEN k = 3 THEN 'en' ELSE 'ja' END
      FROM b_mission m, generate_series(1, 3) AS k
      UNION ALL
      SELECT 'bench-hq-' || k, 'Benchmark HQ editor ' || k || '（ベンチマーク）', 'HQ_EDITOR', NULL, 'ja'
      FROM generate_series(1, 6) AS k
      UNION ALL
      SELECT 'bench-admin', 'Benchmark administrator（ベンチマーク）', 'ADMIN', NULL, 'ja') AS u (username, display_name,
                                                                                         role, mission_code, lang);

CREATE TEMP TABLE b_reporters ON COMMIT DROP AS
SELECT m.mi, array_agg(u.id ORDER BY u.username) AS ids
FROM b_mission m JOIN app_user u ON u.mission_code = m.code AND u.username LIKE 'bench-%'
GROUP BY m.mi;
SELECT array_agg(id ORDER BY username)::TEXT AS hq_ids FROM app_user WHERE username LIKE 'bench-hq-%' \gset

-- Topics (fictional wording around the plan's sectors), in both languages, by the same index.
CREATE TEMP TABLE b_topic ON COMMIT DROP AS
SELECT (ord - 1)::INTEGER AS ti, t.*
FROM unnest(
    ARRAY['SCIENCE_TECH', 'SCIENCE_TECH', 'SCIENCE_TECH', 'ECONOMIC_SECURITY', 'ECONOMIC_SECURITY', 'ECONOMIC_SECURITY',
          'ECONOMIC_SECURITY', 'ENERGY', 'ENERGY', 'GROWTH_TALENT', 'GROWTH_TALENT', 'GROWTH_TALENT', 'PUBLIC_AWARENESS',
          'PUBLIC_AWARENESS', 'PUBLIC_AWARENESS'],
    ARRAY['AI', 'QUANTUM', 'BIO', 'SEMICONDUCTORS', 'CRITICAL_MINERALS', 'AUTOMOTIVE', 'SHIPBUILDING', 'NATURAL_GAS',
          NULL, 'STARTUPS', 'PEOPLE_EXCHANGE', 'INDUSTRY_ACADEMIA', NULL, NULL, NULL],
    ARRAY['AI研究', '量子技術', 'バイオ産業', '半導体サプライチェーン', '重要鉱物', '自動車産業', '造船協力', '天然ガス輸出',
          'エネルギー移行', 'スタートアップ支援', '青少年交流', '産学連携', '日本文化紹介', '日系企業の雇用貢献', '日本語教育'],
    ARRAY['AI research', 'quantum technology', 'bio industry', 'semiconductor supply chains', 'critical minerals',
          'the automotive industry', 'shipbuilding cooperation', 'natural gas exports', 'the energy transition',
          'startup support', 'youth exchange', 'industry-academia collaboration', 'Japanese culture',
          'jobs created by Japanese companies', 'Japanese-language education'])
    WITH ORDINALITY AS t (area, sector, topic_ja, topic_en, ord);
SELECT count(*) AS topic_count FROM b_topic \gset

---------------------------------------------------------------------------------------------------------------
-- Initiatives: the lead mission by turns, one to three states of its jurisdiction, a fiscal year of ten.
---------------------------------------------------------------------------------------------------------------
SELECT coalesce(max(id), 0) AS initiative_base FROM initiative \gset
SELECT extract(YEAR FROM :'end_date'::DATE)::INTEGER - CASE WHEN extract(MONTH FROM :'end_date'::DATE) < 4 THEN 1 ELSE 0 END
    AS fy_end \gset

CREATE TEMP TABLE b_initiative ON COMMIT DROP AS
SELECT g, :initiative_base + 1 + g AS id, g % :mission_count AS mi,
       floor(pg_temp.rnd(g, 11) * :topic_count)::INTEGER AS ti,
       least(2017 + floor(pg_temp.rnd(g, 12) * 10)::INTEGER, :fy_end) AS fy,
       pg_temp.rnd(g, 13) AS p_status, pg_temp.rnd(g, 14) AS p_misc
FROM generate_series(0, :initiatives - 1) AS g;

INSERT INTO initiative (id, title_ja, title_en, summary_ja, summary_en, status, start_date, end_date, fiscal_year,
                        nationwide, lead_mission_code, interest_tier_code, owner_id, created_at, created_by,
                        updated_at, updated_by)
SELECT b.id,
       s.name_ja || 'における' || t.topic_ja || pg_temp.pick(ARRAY['の推進', 'セミナー', '交流事業', '協力プログラム', '視察団'], b.g, 15)
           || ' ' || b.fy || '-' || b.g,
       pg_temp.pick(ARRAY['Promoting ', 'Seminar series on ', 'Exchange programme on ', 'Cooperation on ',
                          'Study tour on '], b.g, 15) || t.topic_en || ' in ' || s.name_en || ' ' || b.fy || '-' || b.g,
       'ベンチマーク用の架空の取組です。' || s.name_ja || 'の関係者と' || t.topic_ja || 'について協力します。',
       'A fictional initiative for benchmarks: working with partners in ' || s.name_en || ' on ' || t.topic_en || '.',
       CASE WHEN b.fy < :fy_end - 1 THEN CASE WHEN b.p_status < 0.85 THEN 'COMPLETED' WHEN b.p_status < 0.93 THEN 'CANCELLED'
                                               ELSE 'ACTIVE' END
            WHEN b.fy = :fy_end - 1 THEN CASE WHEN b.p_status < 0.55 THEN 'ACTIVE' WHEN b.p_status < 0.88 THEN 'COMPLETED'
                                               WHEN b.p_status < 0.94 THEN 'CANCELLED' ELSE 'PLANNED' END
            ELSE CASE WHEN b.p_status < 0.40 THEN 'PLANNED' WHEN b.p_status < 0.95 THEN 'ACTIVE' ELSE 'CANCELLED' END END,
       make_date(b.fy, 4, 1) + floor(b.p_misc * 300)::INTEGER,
       make_date(b.fy, 4, 1) + floor(b.p_misc * 300)::INTEGER + 30 + floor(pg_temp.rnd(b.g, 16) * 400)::INTEGER,
       b.fy, b.p_misc < 0.03, m.code, pg_temp.pick(ARRAY['LOW', 'MODERATE', 'HIGH'], b.g, 17),
       (:'hq_ids'::BIGINT[])[1 + b.g % 6],
       least(make_date(b.fy, 4, 1) - 60 + floor(b.p_misc * 200)::INTEGER + TIME '10:00', :'end_date'::DATE + TIME '08:00'),
       'bench-hq-' || (1 + b.g % 6),
       least(make_date(b.fy, 4, 1) - 60 + floor(b.p_misc * 200)::INTEGER + floor(pg_temp.rnd(b.g, 18) * 700)::INTEGER
             + TIME '15:00', :'end_date'::DATE + TIME '09:00'),
       'bench-hq-' || (1 + b.g % 6)
FROM b_initiative b
JOIN b_mission m ON m.mi = b.mi
JOIN b_topic t ON t.ti = b.ti
JOIN b_mission_states ms ON ms.mi = b.mi
JOIN b_pair p ON p.mi = b.mi AND p.si = b.g / :mission_count % ms.n
JOIN us_state s ON s.code = p.state_code;

INSERT INTO initiative_state (initiative_id, state_code)
SELECT b.id, p.state_code
FROM b_initiative b
JOIN b_mission_states ms ON ms.mi = b.mi
CROSS JOIN generate_series(0, 2) AS k
JOIN b_pair p ON p.mi = b.mi AND p.si = (b.g / :mission_count + k * (1 + b.g % 3)) % ms.n
WHERE k = 0 OR pg_temp.rnd(b.g * 3 + k, 19) < 0.35
ON CONFLICT DO NOTHING;

INSERT INTO initiative_priority_area (initiative_id, priority_area_code)
SELECT b.id, t.area FROM b_initiative b JOIN b_topic t ON t.ti = b.ti
UNION
SELECT b.id, pg_temp.pick(ARRAY['SCIENCE_TECH', 'ECONOMIC_SECURITY', 'ENERGY', 'GROWTH_TALENT', 'PUBLIC_AWARENESS'], b.g, 20)
FROM b_initiative b WHERE pg_temp.rnd(b.g, 21) < 0.3;

INSERT INTO initiative_sector (initiative_id, sector_code)
SELECT b.id, t.sector FROM b_initiative b JOIN b_topic t ON t.ti = b.ti WHERE t.sector IS NOT NULL
UNION
SELECT b.id, pg_temp.pick(ARRAY['AI', 'SEMICONDUCTORS', 'STARTUPS', 'RESEARCH_DEVELOPMENT', 'PEOPLE_EXCHANGE'], b.g, 22)
FROM b_initiative b WHERE pg_temp.rnd(b.g, 23) < 0.25;

INSERT INTO initiative_audience (initiative_id, audience_code)
SELECT b.id, pg_temp.pick(ARRAY['KEY_OFFICIALS', 'GENERAL_PUBLIC', 'JAPANESE_COMPANIES'], b.g, 24) FROM b_initiative b
UNION
SELECT b.id, pg_temp.pick(ARRAY['KEY_OFFICIALS', 'GENERAL_PUBLIC', 'JAPANESE_COMPANIES'], b.g, 25)
FROM b_initiative b WHERE pg_temp.rnd(b.g, 26) < 0.4;

INSERT INTO initiative_regional_approach (initiative_id, regional_approach_code)
SELECT b.id, pg_temp.pick(ARRAY['MANY_JAPANESE_COMPANIES', 'FEW_JAPANESE_LEARNERS', 'DISTINCTIVE_INDUSTRY_RD',
                                'LOCAL_EXCHANGE'], b.g, 27)
FROM b_initiative b WHERE pg_temp.rnd(b.g, 28) < 0.5;

SELECT setval(pg_get_serial_sequence('initiative', 'id'), (SELECT max(id) FROM initiative));

---------------------------------------------------------------------------------------------------------------
-- Activity reports: a (mission, state) pair of the jurisdiction, a date from FY2017 to the end date (more in
-- recent years), a status by age, and the timeline of the workflow (created, submitted, returned, resubmitted,
-- accepted) capped at the end date.
---------------------------------------------------------------------------------------------------------------
SELECT coalesce(max(id), 0) AS report_base FROM activity_report \gset
SELECT (:'end_date'::DATE - DATE '2017-04-01') AS day_span \gset

CREATE TEMP TABLE b_report ON COMMIT DROP AS
SELECT r.*,
       r.status IN ('RETURNED', 'RESUBMITTED') OR (r.status = 'ACCEPTED' AND pg_temp.rnd(r.g, 40) < 0.12) AS via_return
FROM (SELECT g, :report_base + 1 + g AS id, p.mi, p.mission_code, p.state_code,
             CASE WHEN p.counties IS NOT NULL
                  THEN p.counties[1 + floor(pg_temp.rnd(g, 31) * cardinality(p.counties))::INTEGER] END AS county_id,
             d.activity_date,
             CASE WHEN :'end_date'::DATE - d.activity_date > 365 THEN
                      CASE WHEN ps < 0.97 THEN 'ACCEPTED' WHEN ps < 0.98 THEN 'RETURNED' WHEN ps < 0.99 THEN 'DRAFT'
                           WHEN ps < 0.995 THEN 'SUBMITTED' ELSE 'RESUBMITTED' END
                  WHEN :'end_date'::DATE - d.activity_date > 90 THEN
                      CASE WHEN ps < 0.85 THEN 'ACCEPTED' WHEN ps < 0.90 THEN 'SUBMITTED' WHEN ps < 0.93 THEN 'RESUBMITTED'
                           WHEN ps < 0.97 THEN 'RETURNED' ELSE 'DRAFT' END
                  ELSE CASE WHEN ps < 0.35 THEN 'DRAFT' WHEN ps < 0.70 THEN 'SUBMITTED' WHEN ps < 0.80 THEN 'RETURNED'
                            WHEN ps < 0.85 THEN 'RESUBMITTED' ELSE 'ACCEPTED' END END AS status,
             floor(pg_temp.rnd(g, 33) * :topic_count)::INTEGER AS ti,
             CASE WHEN pg_temp.rnd(g, 34) < 0.7 THEN 'ja' ELSE 'en' END AS language
      FROM generate_series(0, :reports - 1) AS g
      JOIN b_pair p ON p.pi = floor(pg_temp.rnd(g, 30) * :pair_count)::INTEGER
      CROSS JOIN LATERAL (SELECT DATE '2017-04-01' + floor(power(pg_temp.rnd(g, 32), 0.75) * :day_span)::INTEGER AS activity_date,
                                 pg_temp.rnd(g, 35) AS ps) d) r;

ALTER TABLE b_report ADD COLUMN t_create TIMESTAMPTZ, ADD COLUMN t_submit TIMESTAMPTZ, ADD COLUMN t_return TIMESTAMPTZ,
    ADD COLUMN t_resubmit TIMESTAMPTZ, ADD COLUMN t_accept TIMESTAMPTZ, ADD COLUMN author_id BIGINT,
    ADD COLUMN reviewer_id BIGINT;
-- Each step a delay in hours after the previous one; steps not taken take no time; nothing after the end date.
UPDATE b_report r SET
    t_create = least(x.c, x.cap),
    t_submit = least(x.s, x.cap),
    t_return = least(x.rt, x.cap),
    t_resubmit = least(x.rs, x.cap),
    t_accept = least(x.a, x.cap),
    author_id = (SELECT ids[1 + r.g % 3] FROM b_reporters WHERE mi = r.mi),
    reviewer_id = (:'hq_ids'::BIGINT[])[1 + floor(pg_temp.rnd(r.g, 41) * 6)::INTEGER]
FROM (SELECT b.g, :'end_date'::DATE + TIME '09:00' AS cap,
             c, s, rt, rs,
             rs + CASE WHEN b.status = 'ACCEPTED' THEN 20 + pg_temp.rnd(b.g, 46) * 200 ELSE 0 END * INTERVAL '1 hour' AS a
      FROM b_report b
      CROSS JOIN LATERAL (SELECT b.activity_date + TIME '17:00' + (1 + pg_temp.rnd(b.g, 42) * 40) * INTERVAL '1 hour' AS c) c1
      CROSS JOIN LATERAL (SELECT c + CASE WHEN b.status <> 'DRAFT' THEN 2 + pg_temp.rnd(b.g, 43) * 100 ELSE 0 END
                                     * INTERVAL '1 hour' AS s) s1
      CROSS JOIN LATERAL (SELECT s + CASE WHEN b.via_return THEN 20 + pg_temp.rnd(b.g, 44) * 130 ELSE 0 END
                                     * INTERVAL '1 hour' AS rt) r1
      CROSS JOIN LATERAL (SELECT rt + CASE WHEN b.via_return AND b.status <> 'RETURNED'
                                           THEN 10 + pg_temp.rnd(b.g, 45) * 80 ELSE 0 END * INTERVAL '1 hour' AS rs) r2) x
WHERE x.g = r.g;

INSERT INTO activity_report (id, mission_code, state_code, county_id, city, activity_date, activity_type,
                             audience_code, interest_tier_code, participants, counterpart, summary, outcome, follow_up,
                             language, initiative_id, status, return_comment, author_id, last_modified_by_id,
                             submitted_at, reviewed_at, reviewed_by_id, created_at, updated_at)
SELECT b.id, b.mission_code, b.state_code, b.county_id, NULL, b.activity_date,
       pg_temp.pick(ARRAY['OFFICIALS_MEETING', 'OFFICIALS_MEETING', 'SEMINAR_EVENT', 'SEMINAR_EVENT', 'BUSINESS_VISIT',
                          'MEDIA', 'CULTURAL_EDUCATIONAL', 'CULTURAL_EDUCATIONAL', 'SISTER_CITY', 'OTHER'], b.g, 50),
       pg_temp.pick(ARRAY['KEY_OFFICIALS', 'GENERAL_PUBLIC', 'JAPANESE_COMPANIES'], b.g, 51),
       pg_temp.pick(ARRAY['LOW', 'MODERATE', 'HIGH'], b.g, 52),
       5 + floor(pg_temp.rnd(b.g, 53) * 300)::INTEGER,
       CASE WHEN b.language = 'ja'
            THEN pg_temp.pick(ARRAY['州知事室', '州議会議員', '商工会議所', '州立大学', '地元企業', '市長室'], b.g, 54)
            ELSE pg_temp.pick(ARRAY['Governor''s office', 'State legislators', 'Chamber of commerce', 'State university',
                                    'Local businesses', 'Mayor''s office'], b.g, 54) END,
       CASE WHEN b.language = 'ja'
            THEN 'ベンチマーク用の架空の報告です。' || s.name_ja || 'で' || t.topic_ja || 'について意見交換を行いました。'
            ELSE 'A fictional report for benchmarks: an exchange on ' || t.topic_en || ' in ' || s.name_en || '.' END,
       CASE WHEN b.status <> 'DRAFT' OR pg_temp.rnd(b.g, 55) < 0.7 THEN
            CASE WHEN b.language = 'ja' THEN '今後の協力について合意しました。' ELSE 'Both sides agreed to continue.' END END,
       CASE WHEN b.status <> 'DRAFT' OR pg_temp.rnd(b.g, 56) < 0.5 THEN
            CASE WHEN b.language = 'ja' THEN '次回会合を調整します。' ELSE 'A follow-up meeting is being arranged.' END END,
       b.language,
       CASE WHEN pg_temp.rnd(b.g, 57) < 0.4 AND b.mi + :mission_count * floor(pg_temp.rnd(b.g, 58) * (:initiatives / :mission_count))::BIGINT < :initiatives
            THEN :initiative_base + 1 + b.mi + :mission_count * floor(pg_temp.rnd(b.g, 58) * (:initiatives / :mission_count))::BIGINT END,
       b.status,
       CASE WHEN b.status IN ('RETURNED', 'RESUBMITTED') THEN
            CASE WHEN b.language = 'ja' THEN '成果の記載を具体的にしてください。' ELSE 'Please describe the outcome more concretely.' END END,
       b.author_id, b.author_id,
       CASE WHEN b.status = 'DRAFT' THEN NULL WHEN b.via_return AND b.status <> 'RETURNED' THEN b.t_resubmit ELSE b.t_submit END,
       CASE WHEN b.status = 'ACCEPTED' THEN b.t_accept WHEN b.status = 'RETURNED' THEN b.t_return END,
       CASE WHEN b.status IN ('ACCEPTED', 'RETURNED') THEN b.reviewer_id END,
       b.t_create, b.t_accept
FROM b_report b
JOIN b_topic t ON t.ti = b.ti
JOIN us_state s ON s.code = b.state_code;

INSERT INTO activity_report_transition (report_id, from_status, to_status, actor_id, occurred_at, comment)
SELECT id, NULL, 'DRAFT', author_id, t_create, NULL FROM b_report
UNION ALL
SELECT id, 'DRAFT', 'SUBMITTED', author_id, t_submit, NULL FROM b_report WHERE status <> 'DRAFT'
UNION ALL
SELECT id, 'SUBMITTED', 'RETURNED', reviewer_id, t_return,
       CASE WHEN language = 'ja' THEN '成果の記載を具体的にしてください。' ELSE 'Please describe the outcome more concretely.' END
FROM b_report WHERE via_return
UNION ALL
SELECT id, 'RETURNED', 'RESUBMITTED', author_id, t_resubmit, NULL FROM b_report WHERE via_return AND status <> 'RETURNED'
UNION ALL
SELECT id, CASE WHEN via_return THEN 'RESUBMITTED' ELSE 'SUBMITTED' END, 'ACCEPTED', reviewer_id, t_accept, NULL
FROM b_report WHERE status = 'ACCEPTED';

INSERT INTO activity_report_priority_area (report_id, priority_area_code)
SELECT b.id, t.area FROM b_report b JOIN b_topic t ON t.ti = b.ti
UNION ALL
SELECT b.id, x.area
FROM b_report b JOIN b_topic t ON t.ti = b.ti
CROSS JOIN LATERAL (SELECT pg_temp.pick(ARRAY['SCIENCE_TECH', 'ECONOMIC_SECURITY', 'ENERGY', 'GROWTH_TALENT',
                                              'PUBLIC_AWARENESS'], b.g, 60) AS area) x
WHERE pg_temp.rnd(b.g, 61) < 0.25 AND x.area <> t.area;

INSERT INTO activity_report_sector (report_id, sector_code)
SELECT b.id, t.sector FROM b_report b JOIN b_topic t ON t.ti = b.ti WHERE t.sector IS NOT NULL
UNION ALL
SELECT b.id, x.sector
FROM b_report b JOIN b_topic t ON t.ti = b.ti
CROSS JOIN LATERAL (SELECT pg_temp.pick(ARRAY['RESEARCH_DEVELOPMENT', 'PEOPLE_EXCHANGE', 'STARTUPS'], b.g, 62) AS sector) x
WHERE pg_temp.rnd(b.g, 63) < 0.2 AND x.sector IS DISTINCT FROM t.sector;

INSERT INTO activity_report_regional_approach (report_id, regional_approach_code)
SELECT b.id, pg_temp.pick(ARRAY['MANY_JAPANESE_COMPANIES', 'FEW_JAPANESE_LEARNERS', 'DISTINCTIVE_INDUSTRY_RD',
                                'LOCAL_EXCHANGE'], b.g, 64)
FROM b_report b WHERE pg_temp.rnd(b.g, 65) < 0.4;

SELECT setval(pg_get_serial_sequence('activity_report', 'id'), (SELECT max(id) FROM activity_report));

COMMIT;
SET session_replication_role = origin;

-- The foreign keys skipped during the load, checked once: any orphan fails the run.
SELECT count(*) > 0 AS has_orphans, count(*) AS orphans FROM (
    SELECT 1 FROM activity_report r LEFT JOIN diplomatic_mission m ON m.code = r.mission_code WHERE m.code IS NULL
    UNION ALL SELECT 1 FROM activity_report r LEFT JOIN us_state s ON s.code = r.state_code WHERE s.code IS NULL
    UNION ALL SELECT 1 FROM activity_report r LEFT JOIN county c ON c.id = r.county_id WHERE r.county_id IS NOT NULL AND c.id IS NULL
    UNION ALL SELECT 1 FROM activity_report r LEFT JOIN initiative i ON i.id = r.initiative_id WHERE r.initiative_id IS NOT NULL AND i.id IS NULL
    UNION ALL SELECT 1 FROM activity_report r LEFT JOIN app_user u ON u.id = r.author_id WHERE u.id IS NULL
    UNION ALL SELECT 1 FROM activity_report_transition t LEFT JOIN activity_report r ON r.id = t.report_id WHERE r.id IS NULL
    UNION ALL SELECT 1 FROM initiative i LEFT JOIN diplomatic_mission m ON m.code = i.lead_mission_code
              WHERE i.lead_mission_code IS NOT NULL AND m.code IS NULL) o \gset
\if :has_orphans
    \echo 'generate-data.sql: orphaned references found:' :orphans
    \quit 3
\endif

-- Summary tables of the dashboards (if this schema has them) are rebuilt from the rows.
SELECT to_regprocedure('rebuild_report_summaries()') IS NOT NULL AS has_summaries \gset
\if :has_summaries
    SELECT rebuild_report_summaries();
\endif
ANALYZE;
SELECT (SELECT count(*) FROM initiative) AS initiatives, (SELECT count(*) FROM activity_report) AS reports,
       (SELECT count(*) FROM activity_report_transition) AS transitions,
       (SELECT count(*) FROM activity_report WHERE status IN ('SUBMITTED', 'RESUBMITTED')) AS waiting_for_review;
