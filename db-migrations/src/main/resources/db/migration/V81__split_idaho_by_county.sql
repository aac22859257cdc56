-- Idaho split by county between Seattle (CG-SEA, north) and Portland (CO-PDX, south), from shared/plan/idaho-split.md
-- (checked 2026-12-02). Seeded like California's, with a confidence per county: the published statements name
-- "areas north of Idaho County" for Seattle, so the nine counties north of it are Seattle's (medium); Idaho County
-- itself is named by no source and is given to Portland with confidence low, for an admin to move on confirmation.

-- Per county of a split jurisdiction: where the assignment comes from and how sure it is (NULL: as the
-- jurisdiction row says, as for California and Connecticut).
ALTER TABLE jurisdiction_county ADD COLUMN source VARCHAR(1000);
ALTER TABLE jurisdiction_county ADD COLUMN confidence VARCHAR(100);

-- Idaho's 44 counties (names without "County", as for California and Connecticut).
INSERT INTO county (state_code, name) VALUES
    ('ID', 'Ada'), ('ID', 'Adams'), ('ID', 'Bannock'), ('ID', 'Bear Lake'), ('ID', 'Benewah'), ('ID', 'Bingham'),
    ('ID', 'Blaine'), ('ID', 'Boise'), ('ID', 'Bonner'), ('ID', 'Bonneville'), ('ID', 'Boundary'), ('ID', 'Butte'),
    ('ID', 'Camas'), ('ID', 'Canyon'), ('ID', 'Caribou'), ('ID', 'Cassia'), ('ID', 'Clark'), ('ID', 'Clearwater'),
    ('ID', 'Custer'), ('ID', 'Elmore'), ('ID', 'Franklin'), ('ID', 'Fremont'), ('ID', 'Gem'), ('ID', 'Gooding'),
    ('ID', 'Idaho'), ('ID', 'Jefferson'), ('ID', 'Jerome'), ('ID', 'Kootenai'), ('ID', 'Latah'), ('ID', 'Lemhi'),
    ('ID', 'Lewis'), ('ID', 'Lincoln'), ('ID', 'Madison'), ('ID', 'Minidoka'), ('ID', 'Nez Perce'), ('ID', 'Oneida'),
    ('ID', 'Owyhee'), ('ID', 'Payette'), ('ID', 'Power'), ('ID', 'Shoshone'), ('ID', 'Teton'), ('ID', 'Twin Falls'),
    ('ID', 'Valley'), ('ID', 'Washington');

-- The jurisdiction rows keep missions.csv's source and confidence ("high (states) / low (Idaho county boundary)");
-- the county rows carry the Idaho split's own.
UPDATE mission_jurisdiction SET whole_state = FALSE
WHERE state_code = 'ID' AND mission_code IN ('CG-SEA', 'CO-PDX');

INSERT INTO jurisdiction_county (jurisdiction_id, county_id, source, confidence)
SELECT j.id, c.id, 'shared/plan/idaho-split.md (checked 2026-12-02): Detroit CG list (2019-12-03) "Idaho (areas north of Idaho County)" https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html ; CG Seattle safety guide (2025-03) "northern part only" https://www.seattle.us.emb-japan.go.jp/itpr_ja/00_000283.html', 'medium'
FROM mission_jurisdiction j
JOIN county c ON c.state_code = j.state_code
WHERE j.mission_code = 'CG-SEA' AND j.state_code = 'ID'
  AND c.name IN ('Benewah', 'Bonner', 'Boundary', 'Clearwater', 'Kootenai', 'Latah', 'Lewis', 'Nez Perce', 'Shoshone')
ORDER BY c.name;

INSERT INTO jurisdiction_county (jurisdiction_id, county_id, source, confidence)
SELECT j.id, c.id,
       CASE WHEN c.name = 'Idaho'
            THEN 'shared/plan/idaho-split.md (checked 2026-12-02): no source names Idaho County; "north of Idaho County" (Detroit CG list, 2019-12-03) excludes it from Seattle, so it is given to Portland until the ministry confirms'
            ELSE 'shared/plan/idaho-split.md (checked 2026-12-02): CO Portland About Us (2023-2026) "Oregon and southern Idaho" https://www.portland.us.emb-japan.go.jp/itpr_en/about.html ; Detroit CG list (2019-12-03) https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html' END,
       CASE WHEN c.name = 'Idaho' THEN 'low' ELSE 'medium' END
FROM mission_jurisdiction j
JOIN county c ON c.state_code = j.state_code
WHERE j.mission_code = 'CO-PDX' AND j.state_code = 'ID'
  AND NOT EXISTS (SELECT 1
                  FROM jurisdiction_county jc
                  JOIN mission_jurisdiction sj ON sj.id = jc.jurisdiction_id
                  WHERE sj.mission_code = 'CG-SEA' AND sj.state_code = 'ID' AND jc.county_id = c.id)
ORDER BY c.name;

-- The guard for every split state, here and for the admin screens: each county of a state split by county is
-- covered by exactly one mission, a split state has no whole-state mission, and every state is covered by exactly
-- one whole-state mission (or one mission and its own subordinate office, as Saipan under Hagatna) unless split.
CREATE FUNCTION jurisdiction_coverage_problems() RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT string_agg(msg, '; ') FROM (
        SELECT format('county %s (%s) is covered by %s missions', c.name, c.state_code, count(jc.jurisdiction_id)) AS msg
        FROM county c
        LEFT JOIN jurisdiction_county jc ON jc.county_id = c.id
        WHERE EXISTS (SELECT 1 FROM mission_jurisdiction j WHERE j.state_code = c.state_code AND NOT j.whole_state)
        GROUP BY c.id, c.name, c.state_code
        HAVING count(jc.jurisdiction_id) <> 1
        UNION ALL
        SELECT format('county %s is linked to a jurisdiction of another state', c.name)
        FROM jurisdiction_county jc
        JOIN mission_jurisdiction j ON j.id = jc.jurisdiction_id
        JOIN county c ON c.id = jc.county_id
        WHERE c.state_code <> j.state_code
        UNION ALL
        SELECT format('state %s mixes whole-state and county jurisdictions', s.code)
        FROM us_state s
        WHERE EXISTS (SELECT 1 FROM mission_jurisdiction j WHERE j.state_code = s.code AND NOT j.whole_state)
          AND EXISTS (SELECT 1 FROM mission_jurisdiction j WHERE j.state_code = s.code AND j.whole_state)
        UNION ALL
        SELECT format('state %s is covered by %s missions', s.code, count(j.id))
        FROM us_state s
        LEFT JOIN mission_jurisdiction j ON j.state_code = s.code AND j.whole_state
            AND NOT EXISTS (SELECT 1 FROM diplomatic_mission m JOIN mission_jurisdiction pj
                              ON pj.mission_code = m.parent_code AND pj.state_code = s.code
                            WHERE m.code = j.mission_code)
        WHERE NOT EXISTS (SELECT 1 FROM mission_jurisdiction j2 WHERE j2.state_code = s.code AND NOT j2.whole_state)
        GROUP BY s.code
        HAVING count(j.id) <> 1
    ) AS problems
$$;

CREATE FUNCTION check_jurisdiction_coverage() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    problem TEXT := jurisdiction_coverage_problems();
BEGIN
    IF problem IS NOT NULL THEN
        RAISE EXCEPTION 'jurisdiction coverage broken: %', problem USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER tr_jurisdiction_county_coverage
AFTER INSERT OR UPDATE OR DELETE ON jurisdiction_county
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_jurisdiction_coverage();

CREATE CONSTRAINT TRIGGER tr_mission_jurisdiction_coverage
AFTER INSERT OR UPDATE OR DELETE ON mission_jurisdiction
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_jurisdiction_coverage();

-- Check the seeded data now (a misspelt county name fails the migration): 9/35 for Idaho besides CA and CT.
DO $$
DECLARE
    n_sea INTEGER; n_pdx INTEGER;
BEGIN
    SELECT count(*) FILTER (WHERE j.mission_code = 'CG-SEA' AND j.state_code = 'ID'),
           count(*) FILTER (WHERE j.mission_code = 'CO-PDX' AND j.state_code = 'ID')
      INTO n_sea, n_pdx
      FROM jurisdiction_county jc JOIN mission_jurisdiction j ON j.id = jc.jurisdiction_id;
    IF (n_sea, n_pdx) IS DISTINCT FROM (9, 35) THEN
        RAISE EXCEPTION 'Idaho county split is %/%, expected 9/35', n_sea, n_pdx;
    END IF;
    IF jurisdiction_coverage_problems() IS NOT NULL THEN
        RAISE EXCEPTION 'jurisdiction coverage broken: %', jurisdiction_coverage_problems();
    END IF;
END $$;
