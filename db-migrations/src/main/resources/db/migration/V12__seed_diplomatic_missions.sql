-- Japan's diplomatic missions in the U.S. and their jurisdictions, from shared/plan/missions.csv (18 rows, in CSV order).
-- Source and confidence are kept on every jurisdiction row so that administrators can see them.
-- CO-SPN (Saipan) is supervised by CG-HGT (Hagatna). CO-ANC (Anchorage): parent not confirmed, left NULL.
INSERT INTO diplomatic_mission (code, kind, name_en, name_ja, city, parent_code, sort_order) VALUES
    ('EMB-WDC', 'EMBASSY', 'Embassy of Japan in the United States of America', '在アメリカ合衆国日本国大使館', 'Washington, DC', NULL, 10),
    ('CG-ATL', 'CONSULATE_GENERAL', 'Consulate-General of Japan in Atlanta', '在アトランタ日本国総領事館', 'Atlanta, GA', NULL, 20),
    ('CG-BOS', 'CONSULATE_GENERAL', 'Consulate-General of Japan in Boston', '在ボストン日本国総領事館', 'Boston, MA', NULL, 30),
    ('CG-CHI', 'CONSULATE_GENERAL', 'Consulate-General of Japan in Chicago', '在シカゴ日本国総領事館', 'Chicago, IL', NULL, 40),
    ('CG-DEN', 'CONSULATE_GENERAL', 'Consulate-General of Japan in Denver', '在デンバー日本国総領事館', 'Denver, CO', NULL, 50),
    ('CG-DTW', 'CONSULATE_GENERAL', 'Consulate-General of Japan in Detroit', '在デトロイト日本国総領事館', 'Detroit, MI', NULL, 60),
    ('CG-HGT', 'CONSULATE_GENERAL', 'Consulate-General of Japan in Hagatna', '在ハガッニャ日本国総領事館', 'Hagatna (office in Tamuning), GU', NULL, 70),
    ('CO-SPN', 'CONSULAR_OFFICE', 'Consular Office of Japan in Saipan', '在サイパン領事事務所', 'Saipan, MP', 'CG-HGT', 80),
    ('CG-HNL', 'CONSULATE_GENERAL', 'Consulate-General of Japan in Honolulu', '在ホノルル日本国総領事館', 'Honolulu, HI', NULL, 90),
    ('CG-HOU', 'CONSULATE_GENERAL', 'Consulate-General of Japan in Houston', '在ヒューストン日本国総領事館', 'Houston, TX', NULL, 100),
    ('CG-LAX', 'CONSULATE_GENERAL', 'Consulate-General of Japan in Los Angeles', '在ロサンゼルス日本国総領事館', 'Los Angeles, CA', NULL, 110),
    ('CG-MIA', 'CONSULATE_GENERAL', 'Consulate-General of Japan in Miami', '在マイアミ日本国総領事館', 'Miami, FL', NULL, 120),
    ('CG-BNA', 'CONSULATE_GENERAL', 'Consulate-General of Japan in Nashville', '在ナッシュビル日本国総領事館', 'Nashville, TN', NULL, 130),
    ('CG-NYC', 'CONSULATE_GENERAL', 'Consulate-General of Japan in New York', '在ニューヨーク日本国総領事館', 'New York, NY', NULL, 140),
    ('CO-PDX', 'CONSULAR_OFFICE', 'Consular Office of Japan in Portland', '在ポートランド領事事務所', 'Portland, OR', NULL, 150),
    ('CG-SFO', 'CONSULATE_GENERAL', 'Consulate-General of Japan in San Francisco', '在サンフランシスコ日本国総領事館', 'San Francisco, CA', NULL, 160),
    ('CG-SEA', 'CONSULATE_GENERAL', 'Consulate-General of Japan in Seattle', '在シアトル日本国総領事館', 'Seattle, WA', NULL, 170),
    ('CO-ANC', 'CONSULAR_OFFICE', 'Consular Office of Japan in Anchorage', '在アンカレジ領事事務所', 'Anchorage, AK', NULL, 180);

-- One jurisdiction row per (mission, state) listed in the CSV's state_or_territory_codes column; each CSV row is
-- one line below (mission, codes, split_note, source, confidence). A state can have several missions
-- (CA, CT, ID split; MP under both CG-HGT and CO-SPN).
INSERT INTO mission_jurisdiction (mission_code, state_code, whole_state, split_note, source, confidence)
SELECT m.mission_code, s.state_code, TRUE, m.split_note, m.source, m.confidence
FROM (VALUES
    (1, 'EMB-WDC', 'DC;MD;VA', 'Formal consular jurisdiction is DC only (ja.wikipedia); Embassy consular section serves DC, MD and VA residents (''DC, MD, and VA residents only''). Older lists (Detroit CG page dated 2019-12-03; 2012 NY report) put MD under New York and VA under Atlanta - reporting assignment of MD/VA must be confirmed with MOFA. Embassy also has national responsibility for the whole US.', 'https://www.us.emb-japan.go.jp/itpr_en/consular-services.html ; http://ja.wikipedia.org/wiki/在アメリカ合衆国日本国大使館 ; https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html', 'high (DC) / medium (MD,VA)'),
    (2, 'CG-ATL', 'AL;GA;NC;SC', 'Atlanta consular e-mail of 2020-03-19 names its jurisdiction as GA, AL, NC, SC. Detroit CG list (2019-12-03) and older Wikipedia also include VA - treated as outdated; VA residents are served by the Embassy.', 'https://zaigai81.hatenablog.com/entry/2020/03/19/023113 (mirror of CG Atlanta consular mail) ; https://en.wikipedia.org/wiki/Consulate_General_of_Japan,_Atlanta ; https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html', 'high'),
    (3, 'CG-BOS', 'CT;ME;MA;NH;RI;VT', 'Connecticut split: all CT EXCEPT Fairfield County (Fairfield County belongs to New York).', 'https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html ; https://www.boston.us.emb-japan.go.jp/itpr_en/aboutus.html', 'high'),
    (4, 'CG-CHI', 'IL;IN;IA;KS;MN;MO;NE;ND;SD;WI', NULL, 'https://www.chicago.us.emb-japan.go.jp/itpr_en/aboutus.html ; https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html', 'high'),
    (5, 'CG-DEN', 'CO;NM;UT;WY', NULL, 'https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html', 'medium-high (single official list, dated 2019)'),
    (6, 'CG-DTW', 'MI;OH', NULL, 'https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html ; http://www.legalnews.com/Oakland/1418950', 'high'),
    (7, 'CG-HGT', 'GU;MP', 'Covers Guam and the Northern Mariana Islands; CNMI work is actually handled by its subordinate Consular Office in Saipan (CO-SPN). Renamed from Agana 1999-03-31.', 'https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html ; https://pedia.3rd-in.co.jp/wiki/在ハガッニャ日本国総領事館 (mirror of ja.wikipedia)', 'high'),
    (8, 'CO-SPN', 'MP', 'Sub-office supervised by CG Hagatna. Opened 1979-10 as 在サイパン出張駐在官事務所, renamed 2014-08-01. For state-level reporting, MP may roll up to CG-HGT.', 'https://pedia.3rd-in.co.jp/wiki/在サイパン領事事務所 (mirror of ja.wikipedia)', 'medium'),
    (9, 'CG-HNL', 'HI;AS', 'Official list: ''Hawaii and U.S. territories in the Pacific except for Guam and Northern Mariana Islands'' - i.e. also the US Minor Outlying Islands in the Pacific (no USPS code). Wikipedia: Hawaii and American Samoa.', 'https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html ; https://en.wikipedia.org/wiki/Consulate-General_of_Japan_in_Honolulu (via mirrors)', 'high'),
    (10, 'CG-HOU', 'OK;TX', NULL, 'https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html', 'medium-high (single official list, dated 2019)'),
    (11, 'CG-LAX', 'AZ;CA', 'California split: LA covers 9 southern counties only - Imperial, Los Angeles, Orange, Riverside, San Bernardino, San Diego, San Luis Obispo, Santa Barbara, Ventura. All other CA counties -> San Francisco.', 'https://www.la.us.emb-japan.go.jp/itpr_en/juris_org.htm ; https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html', 'high'),
    (12, 'CG-MIA', 'FL', NULL, 'https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html', 'medium-high (single official list, dated 2019)'),
    (13, 'CG-BNA', 'AR;KY;LA;MS;TN', 'Moved from New Orleans to Nashville in 2008.', 'https://www.nashville.us.emb-japan.go.jp/itpr_ja/11_000001_00171.html ; https://en.wikipedia.org/wiki/Consulate-General_of_Japan,_Nashville ; https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html', 'high'),
    (14, 'CG-NYC', 'CT;DE;NJ;NY;PA;WV;PR;VI', 'Connecticut split: Fairfield County ONLY (rest of CT -> Boston). Maryland listed under NY in 2019 Detroit list and 2012 report but not in current ja.wikipedia; MD residents are served by the Embassy (see EMB-WDC).', 'https://pedia.3rd-in.co.jp/wiki/在ニューヨーク日本国総領事館 (mirror of ja.wikipedia) ; https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html ; https://jbpress.ismedia.jp/articles/-/39426', 'high (MD assignment: see note)'),
    (15, 'CO-PDX', 'OR;ID', 'Idaho split: Portland covers SOUTHERN Idaho; northern Idaho (''areas north of Idaho County'') -> Seattle. Whether Idaho County itself is Portland''s is not stated explicitly; exact county list NOT confirmed. Was a Consulate-General until 2012-12-31; Consular Office since 2013-01-01 (still headed by a Consul General).', 'https://www.portland.us.emb-japan.go.jp/itpr_en/about.html ; https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html', 'high (states) / low (Idaho county boundary)'),
    (16, 'CG-SFO', 'CA;NV', 'California split: all CA counties OTHER than the 9 southern counties served by Los Angeles (see CG-LAX).', 'https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html ; https://www.la.us.emb-japan.go.jp/itpr_en/juris_org.htm', 'high'),
    (17, 'CG-SEA', 'WA;MT;ID', 'Idaho split: northern Idaho only (''areas north of Idaho County''; Seattle pages say ''Northern Idaho''). Exact county list not confirmed.', 'https://www.seattle.us.emb-japan.go.jp/itpr_ja/00_000283.html ; https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html', 'high (states) / low (Idaho county boundary)'),
    (18, 'CO-ANC', 'AK', 'Consulate 1969, Consulate-General 1982, downgraded to 出張駐在官事務所 2006-01-01, renamed Consular Office 2014-08-01. Parent mission not confirmed from sources read.', 'https://www.anchorage.us.emb-japan.go.jp/itpr_en/intro.html ; https://wpedia.goo.ne.jp/wiki/在アンカレジ領事事務所 (mirror of ja.wikipedia) ; https://www.detroit.us.emb-japan.go.jp/itpr_en/consulates.html', 'high')
) AS m (ord, mission_code, state_codes, split_note, source, confidence)
CROSS JOIN LATERAL unnest(string_to_array(m.state_codes, ';')) WITH ORDINALITY AS s (state_code, state_ord)
ORDER BY m.ord, s.state_ord;

-- States split by county between missions: the mission covers only the counties linked below.
-- Idaho (CG-SEA north / CO-PDX south) stays whole_state = TRUE: the county boundary is not confirmed (see split_note).
UPDATE mission_jurisdiction SET whole_state = FALSE
WHERE (mission_code, state_code) IN (('CG-LAX', 'CA'), ('CG-SFO', 'CA'), ('CG-BOS', 'CT'), ('CG-NYC', 'CT'));

-- California: Los Angeles covers the 9 southern counties named in the CSV ...
INSERT INTO jurisdiction_county (jurisdiction_id, county_id)
SELECT j.id, c.id
FROM mission_jurisdiction j
JOIN county c ON c.state_code = j.state_code
WHERE j.mission_code = 'CG-LAX' AND j.state_code = 'CA'
  AND c.name IN ('Imperial', 'Los Angeles', 'Orange', 'Riverside', 'San Bernardino', 'San Diego', 'San Luis Obispo', 'Santa Barbara', 'Ventura')
ORDER BY c.name;

-- ... and San Francisco all other California counties.
INSERT INTO jurisdiction_county (jurisdiction_id, county_id)
SELECT j.id, c.id
FROM mission_jurisdiction j
JOIN county c ON c.state_code = j.state_code
WHERE j.mission_code = 'CG-SFO' AND j.state_code = 'CA'
  AND NOT EXISTS (SELECT 1
                  FROM jurisdiction_county jc
                  JOIN mission_jurisdiction lj ON lj.id = jc.jurisdiction_id
                  WHERE lj.mission_code = 'CG-LAX' AND lj.state_code = 'CA' AND jc.county_id = c.id)
ORDER BY c.name;

-- Connecticut: New York covers Fairfield County only ...
INSERT INTO jurisdiction_county (jurisdiction_id, county_id)
SELECT j.id, c.id
FROM mission_jurisdiction j
JOIN county c ON c.state_code = j.state_code
WHERE j.mission_code = 'CG-NYC' AND j.state_code = 'CT'
  AND c.name = 'Fairfield';

-- ... and Boston the other Connecticut counties.
INSERT INTO jurisdiction_county (jurisdiction_id, county_id)
SELECT j.id, c.id
FROM mission_jurisdiction j
JOIN county c ON c.state_code = j.state_code
WHERE j.mission_code = 'CG-BOS' AND j.state_code = 'CT'
  AND c.name <> 'Fairfield'
ORDER BY c.name;

-- Fail the migration if the county split is not exactly 9/49 (CA) and 1/7 (CT), e.g. because of a misspelt name.
DO $$
DECLARE
    n_lax INTEGER; n_sfo INTEGER; n_nyc INTEGER; n_bos INTEGER;
BEGIN
    SELECT count(*) FILTER (WHERE j.mission_code = 'CG-LAX' AND j.state_code = 'CA'),
           count(*) FILTER (WHERE j.mission_code = 'CG-SFO' AND j.state_code = 'CA'),
           count(*) FILTER (WHERE j.mission_code = 'CG-NYC' AND j.state_code = 'CT'),
           count(*) FILTER (WHERE j.mission_code = 'CG-BOS' AND j.state_code = 'CT')
      INTO n_lax, n_sfo, n_nyc, n_bos
      FROM jurisdiction_county jc JOIN mission_jurisdiction j ON j.id = jc.jurisdiction_id;
    IF (n_lax, n_sfo, n_nyc, n_bos) IS DISTINCT FROM (9, 49, 1, 7) THEN
        RAISE EXCEPTION 'county split is %/% (CA) and %/% (CT), expected 9/49 and 1/7', n_lax, n_sfo, n_nyc, n_bos;
    END IF;
END $$;
