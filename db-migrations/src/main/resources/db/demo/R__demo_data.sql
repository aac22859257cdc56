-- Demo data for the `demo` Spring profile only (this folder, classpath:db/demo, is not a location of any other
-- profile). EVERYTHING HERE IS FICTIONAL: users, initiatives, partner organisations, targets and activity reports
-- were made up for demonstration. Nothing here is a statistic, a real event or a real person; the UI shows a
-- demo banner wherever this data appears.
--
-- Repeatable migration: Flyway re-runs it whenever its checksum changes, so the whole script is one DO block that
-- does nothing once the user 'demo-admin' exists. It never updates or deletes anything.
--
-- Relies on the reference data of V10..V13 (taxonomy codes, us_state, county, diplomatic_mission,
-- mission_jurisdiction, jurisdiction_county).
--
-- Dates are relative to current_date: the previous and the current Japanese fiscal year (1 April - 31 March).
-- Choices are made with random() after setseed(), so the data is the same each time it is loaded on the same day.
--
-- All demo users sign in with the password  demo-pass-2026  (BCrypt, cost 10).

DO $$
DECLARE
    v_password      CONSTANT VARCHAR := '{bcrypt}$2a$10$LsAq4IR7lIyNdNILDHXEyeDvOS/uKcxYLXoMO0QzNijemeb/7HYVa';
    v_fy_cur        DATE;   -- first day of the current fiscal year
    v_fy_prev       DATE;   -- first day of the previous fiscal year
    v_last_day      DATE;   -- latest activity date used (yesterday)
    v_cap           TIMESTAMPTZ;  -- no timestamp after this (shortly before today's midnight, so a day's load is stable)
    v_hq            BIGINT;
    v_hq2           BIGINT;

    r               RECORD;
    m               RECORD;
    v_id            BIGINT;
    v_fy_start      DATE;
    v_start         DATE;
    v_end           DATE;
    v_created       TIMESTAMPTZ;

    -- per mission
    v_author        BIGINT;
    v_states        TEXT[];
    v_span          INTEGER;

    -- per report
    k               INTEGER;
    v_date          DATE;
    v_state         TEXT;
    v_whole         BOOLEAN;
    v_state_ja      TEXT;
    v_state_en      TEXT;
    v_state_kind    TEXT;
    v_county        BIGINT;
    v_city          TEXT;
    v_cities        TEXT[];
    v_ids           BIGINT[];
    v_names         TEXT[];
    v_n             INTEGER;
    v_type          TEXT;
    v_lang          TEXT;
    v_init          BIGINT;
    v_area1         TEXT;
    v_area2         TEXT;
    v_sector1       TEXT;
    v_sector2       TEXT;
    v_arr           TEXT[];
    v_topic_ja      TEXT;
    v_topic_en      TEXT;
    v_audience      TEXT;
    v_tier          TEXT;
    v_approach      TEXT;
    v_participants  INTEGER;
    v_counterpart   TEXT;
    v_loc           TEXT;
    v_topic         TEXT;
    v_summary       TEXT;
    v_outcome       TEXT;
    v_follow        TEXT;
    v_status        TEXT;
    v_age           INTEGER;
    v_p             DOUBLE PRECISION;
    v_via_return    BOOLEAN;
    v_reviewer      BIGINT;
    v_return_cmt    TEXT;
    v_report        BIGINT;
    -- timeline (hours after the base time, the evening of the activity day)
    v_base          TIMESTAMPTZ;
    v_avail         DOUBLE PRECISION;
    v_total         DOUBLE PRECISION;
    v_scale         DOUBLE PRECISION;
    d_create        DOUBLE PRECISION;
    d_submit        DOUBLE PRECISION;
    d_return        DOUBLE PRECISION;
    d_resubmit      DOUBLE PRECISION;
    d_accept        DOUBLE PRECISION;
    t_create        TIMESTAMPTZ;
    t_submit        TIMESTAMPTZ;
    t_return        TIMESTAMPTZ;
    t_resubmit      TIMESTAMPTZ;
    t_accept        TIMESTAMPTZ;
    t_last          TIMESTAMPTZ;
BEGIN
    IF EXISTS (SELECT 1 FROM app_user WHERE username = 'demo-admin') THEN
        RAISE NOTICE 'Demo data already loaded (user demo-admin exists); nothing to do.';
        RETURN;
    END IF;

    PERFORM setseed(0.2026);

    v_fy_cur := make_date(extract(year FROM current_date - interval '3 months')::int, 4, 1);
    v_fy_prev := (v_fy_cur - interval '1 year')::date;
    v_last_day := current_date - 1;
    v_cap := current_date::timestamp - interval '10 minutes';

    ---------------------------------------------------------------------------------------------------------------
    -- Lookup tables used only while this block runs.
    ---------------------------------------------------------------------------------------------------------------

    -- Missions: demo reporter, report language preference, main state, number of reports, sectors it often covers.
    CREATE TEMP TABLE demo_tmp_mission (
        ord INTEGER, mission_code TEXT, username TEXT, city_en TEXT, city_ja TEXT, lang TEXT,
        home_state TEXT, n_reports INTEGER, sectors TEXT[]
    );
    INSERT INTO demo_tmp_mission VALUES
        ( 1, 'EMB-WDC', 'demo-washington',    'Washington',    'ワシントン',       'ja', 'DC', 24, ARRAY['SEMICONDUCTORS','CRITICAL_MINERALS','AI','SHIPBUILDING','QUANTUM']),
        ( 2, 'CG-ATL',  'demo-atlanta',       'Atlanta',       'アトランタ',       'en', 'GA', 20, ARRAY['AUTOMOTIVE','BIO','RESEARCH_DEVELOPMENT','AVIATION']),
        ( 3, 'CG-BOS',  'demo-boston',        'Boston',        'ボストン',         'en', 'MA', 18, ARRAY['BIO','PHARMA','QUANTUM','AI','FUSION']),
        ( 4, 'CG-CHI',  'demo-chicago',       'Chicago',       'シカゴ',           'en', 'IL', 26, ARRAY['STEEL','AUTOMOTIVE','INDUSTRY_ACADEMIA','QUANTUM','FUSION']),
        ( 5, 'CG-DEN',  'demo-denver',        'Denver',        'デンバー',         'ja', 'CO', 14, ARRAY['QUANTUM','CRITICAL_MINERALS','SPACE','STARTUPS']),
        ( 6, 'CG-DTW',  'demo-detroit',       'Detroit',       'デトロイト',       'ja', 'MI', 18, ARRAY['AUTOMOTIVE','SEMICONDUCTORS','STEEL']),
        ( 7, 'CG-HGT',  'demo-hagatna',       'Hagatna',       'ハガッニャ',       'ja', 'GU',  8, ARRAY['ENERGY_SECTOR','PEOPLE_EXCHANGE']),
        ( 8, 'CO-SPN',  'demo-saipan',        'Saipan',        'サイパン',         'en', 'MP',  6, ARRAY['ENERGY_SECTOR','PEOPLE_EXCHANGE']),
        ( 9, 'CG-HNL',  'demo-honolulu',      'Honolulu',      'ホノルル',         'en', 'HI', 12, ARRAY['ENERGY_SECTOR','PEOPLE_EXCHANGE','SPACE']),
        (10, 'CG-HOU',  'demo-houston',       'Houston',       'ヒューストン',     'ja', 'TX', 20, ARRAY['NATURAL_GAS','ENERGY_SECTOR','SPACE','STARTUPS']),
        (11, 'CG-LAX',  'demo-la',            'Los Angeles',   'ロサンゼルス',     'en', 'CA', 24, ARRAY['SEMICONDUCTORS','SPACE','AVIATION','STARTUPS','AUTOMOTIVE']),
        (12, 'CG-MIA',  'demo-miami',         'Miami',         'マイアミ',         'ja', 'FL', 12, ARRAY['AVIATION','SPACE','PEOPLE_EXCHANGE','STARTUPS']),
        (13, 'CG-BNA',  'demo-nashville',     'Nashville',     'ナッシュビル',     'en', 'TN', 16, ARRAY['AUTOMOTIVE','ENERGY_SECTOR','INDUSTRY_ACADEMIA']),
        (14, 'CG-NYC',  'demo-newyork',       'New York',      'ニューヨーク',     'ja', 'NY', 26, ARRAY['PHARMA','STARTUPS','AI','NATURAL_GAS']),
        (15, 'CO-PDX',  'demo-portland',      'Portland',      'ポートランド',     'en', 'OR', 10, ARRAY['SEMICONDUCTORS','PEOPLE_EXCHANGE','ENERGY_SECTOR']),
        (16, 'CG-SFO',  'demo-sanfrancisco',  'San Francisco', 'サンフランシスコ', 'ja', 'CA', 22, ARRAY['AI','SEMICONDUCTORS','STARTUPS','BIO','CRITICAL_MINERALS']),
        (17, 'CG-SEA',  'demo-seattle',       'Seattle',       'シアトル',         'en', 'WA', 16, ARRAY['AVIATION','AI','BIO','PEOPLE_EXCHANGE']),
        (18, 'CO-ANC',  'demo-anchorage',     'Anchorage',     'アンカレジ',       'ja', 'AK',  6, ARRAY['NATURAL_GAS','ENERGY_SECTOR','CRITICAL_MINERALS']);

    -- Sectors: the leaf priority area a report about the sector is usually filed under, and how to name the topic
    -- in a sentence.
    CREATE TEMP TABLE demo_tmp_sector (code TEXT, area TEXT, topic_ja TEXT, topic_en TEXT);
    INSERT INTO demo_tmp_sector VALUES
        ('AI',                   'SCIENCE_TECH',      'AI',                     'AI'),
        ('QUANTUM',              'SCIENCE_TECH',      '量子技術',               'quantum technology'),
        ('PHARMA',               'SCIENCE_TECH',      '医薬品',                 'pharmaceuticals'),
        ('BIO',                  'SCIENCE_TECH',      'バイオテクノロジー',     'biotechnology'),
        ('SPACE',                'SCIENCE_TECH',      '宇宙産業',               'the space industry'),
        ('FUSION',               'SCIENCE_TECH',      'フュージョンエネルギー', 'fusion energy'),
        ('SEMICONDUCTORS',       'ECONOMIC_SECURITY', '半導体サプライチェーン', 'semiconductor supply chains'),
        ('STEEL',                'ECONOMIC_SECURITY', '鉄鋼',                   'steel'),
        ('SHIPBUILDING',         'ECONOMIC_SECURITY', '造船',                   'shipbuilding'),
        ('CRITICAL_MINERALS',    'ECONOMIC_SECURITY', '重要鉱物',               'critical minerals'),
        ('AVIATION',             'ECONOMIC_SECURITY', '航空機産業',             'aviation and aerospace'),
        ('ENERGY_SECTOR',        'ENERGY',            'エネルギー',             'energy'),
        ('AUTOMOTIVE',           'ECONOMIC_SECURITY', '自動車産業',             'the automotive industry'),
        ('NATURAL_GAS',          'ENERGY',            '天然ガス・LNG',          'natural gas and LNG'),
        ('STARTUPS',             'GROWTH_TALENT',     'スタートアップ連携',     'startup collaboration'),
        ('PEOPLE_EXCHANGE',      'GROWTH_TALENT',     '人材交流',               'people-to-people exchange'),
        ('RESEARCH_DEVELOPMENT', 'GROWTH_TALENT',     '共同研究開発',           'joint research and development'),
        ('INDUSTRY_ACADEMIA',    'GROWTH_TALENT',     '産学連携',               'industry–academia collaboration');

    -- Topics of public-awareness reports that name no sector.
    CREATE TEMP TABLE demo_tmp_awareness (ord INTEGER, topic_ja TEXT, topic_en TEXT);
    INSERT INTO demo_tmp_awareness VALUES
        (1, '日米経済関係',               'Japan–U.S. economic relations'),
        (2, '日本からの投資と地域の雇用', 'Japanese investment and local jobs'),
        (3, '日本文化と日米交流',         'Japanese culture and Japan–U.S. exchange'),
        (4, '草の根の日米パートナーシップ', 'the Japan–U.S. partnership at the grassroots');

    -- A few cities per state (first one used most often). Idaho differs by mission (north: Seattle, south: Portland).
    CREATE TEMP TABLE demo_tmp_city (state_code TEXT, mission_code TEXT, cities TEXT[]);
    INSERT INTO demo_tmp_city VALUES
        ('AL', NULL, ARRAY['Birmingham','Huntsville','Montgomery','Mobile']),
        ('AK', NULL, ARRAY['Anchorage','Fairbanks','Juneau']),
        ('AZ', NULL, ARRAY['Phoenix','Tucson','Tempe','Chandler']),
        ('AR', NULL, ARRAY['Little Rock','Fayetteville','Bentonville']),
        ('CO', NULL, ARRAY['Denver','Boulder','Colorado Springs','Fort Collins']),
        ('DE', NULL, ARRAY['Wilmington','Dover','Newark']),
        ('DC', NULL, ARRAY['Washington']),
        ('FL', NULL, ARRAY['Miami','Orlando','Tampa','Tallahassee','Jacksonville']),
        ('GA', NULL, ARRAY['Atlanta','Savannah','Athens','Augusta']),
        ('HI', NULL, ARRAY['Honolulu','Hilo','Kahului']),
        ('ID', 'CO-PDX', ARRAY['Boise','Idaho Falls','Pocatello','Twin Falls']),
        ('ID', 'CG-SEA', ARRAY['Coeur d''Alene','Moscow','Sandpoint']),
        ('IL', NULL, ARRAY['Chicago','Springfield','Naperville','Champaign']),
        ('IN', NULL, ARRAY['Indianapolis','Lafayette','Fort Wayne','Bloomington']),
        ('IA', NULL, ARRAY['Des Moines','Cedar Rapids','Iowa City','Ames']),
        ('KS', NULL, ARRAY['Wichita','Topeka','Kansas City','Lawrence']),
        ('KY', NULL, ARRAY['Louisville','Lexington','Frankfort','Bowling Green']),
        ('LA', NULL, ARRAY['New Orleans','Baton Rouge','Lafayette','Shreveport']),
        ('ME', NULL, ARRAY['Portland','Augusta','Bangor']),
        ('MD', NULL, ARRAY['Baltimore','Annapolis','Rockville','College Park']),
        ('MA', NULL, ARRAY['Boston','Cambridge','Worcester','Springfield']),
        ('MI', NULL, ARRAY['Detroit','Ann Arbor','Grand Rapids','Lansing','Novi']),
        ('MN', NULL, ARRAY['Minneapolis','Saint Paul','Rochester','Duluth']),
        ('MS', NULL, ARRAY['Jackson','Tupelo','Oxford','Gulfport']),
        ('MO', NULL, ARRAY['St. Louis','Kansas City','Columbia','Jefferson City']),
        ('MT', NULL, ARRAY['Helena','Billings','Missoula','Bozeman']),
        ('NE', NULL, ARRAY['Omaha','Lincoln']),
        ('NV', NULL, ARRAY['Las Vegas','Reno','Carson City']),
        ('NH', NULL, ARRAY['Concord','Manchester','Portsmouth','Hanover']),
        ('NJ', NULL, ARRAY['Newark','Princeton','Trenton','Jersey City']),
        ('NM', NULL, ARRAY['Albuquerque','Santa Fe','Las Cruces']),
        ('NY', NULL, ARRAY['New York','Albany','Buffalo','Rochester','Syracuse']),
        ('NC', NULL, ARRAY['Raleigh','Charlotte','Durham','Greensboro']),
        ('ND', NULL, ARRAY['Bismarck','Fargo','Grand Forks']),
        ('OH', NULL, ARRAY['Columbus','Cleveland','Cincinnati','Dayton']),
        ('OK', NULL, ARRAY['Oklahoma City','Tulsa','Norman']),
        ('OR', NULL, ARRAY['Portland','Salem','Eugene','Hillsboro']),
        ('PA', NULL, ARRAY['Philadelphia','Pittsburgh','Harrisburg']),
        ('RI', NULL, ARRAY['Providence','Newport']),
        ('SC', NULL, ARRAY['Columbia','Greenville','Charleston','Spartanburg']),
        ('SD', NULL, ARRAY['Sioux Falls','Pierre','Rapid City']),
        ('TN', NULL, ARRAY['Nashville','Memphis','Knoxville','Chattanooga']),
        ('TX', NULL, ARRAY['Houston','Austin','Dallas','San Antonio']),
        ('UT', NULL, ARRAY['Salt Lake City','Provo','Ogden']),
        ('VT', NULL, ARRAY['Montpelier','Burlington']),
        ('VA', NULL, ARRAY['Richmond','Arlington','Norfolk','Charlottesville']),
        ('WA', NULL, ARRAY['Seattle','Tacoma','Spokane','Olympia','Bellevue']),
        ('WV', NULL, ARRAY['Charleston','Morgantown','Huntington']),
        ('WI', NULL, ARRAY['Milwaukee','Madison','Green Bay']),
        ('WY', NULL, ARRAY['Cheyenne','Casper','Laramie']),
        ('PR', NULL, ARRAY['San Juan','Ponce','Mayagüez']),
        ('GU', NULL, ARRAY['Hagåtña','Tamuning','Dededo']),
        ('MP', NULL, ARRAY['Saipan','Tinian','Rota']),
        ('VI', NULL, ARRAY['Charlotte Amalie','Christiansted']),
        ('AS', NULL, ARRAY['Pago Pago']);
        -- California and Connecticut are split by county: their cities come with the county (below).

    -- A city in the counties of split states (county names as in the county table, without "County").
    CREATE TEMP TABLE demo_tmp_county_city (state_code TEXT, county TEXT, city TEXT);
    INSERT INTO demo_tmp_county_city VALUES
        ('CA', 'Los Angeles', 'Los Angeles'), ('CA', 'Orange', 'Irvine'), ('CA', 'San Diego', 'San Diego'),
        ('CA', 'Riverside', 'Riverside'), ('CA', 'San Bernardino', 'San Bernardino'), ('CA', 'Ventura', 'Oxnard'),
        ('CA', 'Santa Barbara', 'Santa Barbara'), ('CA', 'San Luis Obispo', 'San Luis Obispo'),
        ('CA', 'Imperial', 'El Centro'),
        ('CA', 'San Francisco', 'San Francisco'), ('CA', 'Santa Clara', 'San Jose'), ('CA', 'Alameda', 'Oakland'),
        ('CA', 'Sacramento', 'Sacramento'), ('CA', 'San Mateo', 'Redwood City'), ('CA', 'Fresno', 'Fresno'),
        ('CA', 'Sonoma', 'Santa Rosa'), ('CA', 'Monterey', 'Monterey'), ('CA', 'Yolo', 'Davis'),
        ('CA', 'Kern', 'Bakersfield'), ('CA', 'Santa Cruz', 'Santa Cruz'),
        ('CT', 'Fairfield', 'Stamford'), ('CT', 'Hartford', 'Hartford'), ('CT', 'New Haven', 'New Haven'),
        ('CT', 'New London', 'New London'), ('CT', 'Middlesex', 'Middletown'), ('CT', 'Tolland', 'Storrs'),
        ('CT', 'Litchfield', 'Torrington'), ('CT', 'Windham', 'Willimantic');

    -- Counterparts by activity type: roles, never names.
    CREATE TEMP TABLE demo_tmp_counterpart (atype TEXT, lang TEXT, txt TEXT[]);
    INSERT INTO demo_tmp_counterpart VALUES
        ('OFFICIALS_MEETING', 'ja', ARRAY['州商務長官室', '州知事室の経済開発担当補佐官', '州議会議員（経済委員会）',
            '市長室国際担当', '州農務省', '連邦議会議員地元事務所スタッフ', '郡政委員会']),
        ('OFFICIALS_MEETING', 'en', ARRAY['office of the State Secretary of Commerce', 'Governor''s economic development advisor',
            'members of the state legislature''s economic development committee', 'Mayor''s office of international affairs',
            'state department of agriculture', 'district office staff of a member of Congress', 'county board of commissioners']),
        ('SEMINAR_EVENT', 'ja', ARRAY['地域商工会議所', '州経済開発公社', '大学研究推進部門', '地元の日米協会', '地域貿易協会']),
        ('SEMINAR_EVENT', 'en', ARRAY['regional chamber of commerce', 'state economic development agency',
            'university research office', 'local Japan–America society', 'regional world trade association']),
        ('BUSINESS_VISIT', 'ja', ARRAY['日系製造業の工場長', '日系部品メーカーの現地法人社長', '日系企業の人事担当役員', '日系企業の現地経営陣']),
        ('BUSINESS_VISIT', 'en', ARRAY['plant manager of a Japanese-affiliated manufacturer',
            'president of a Japanese-affiliated parts supplier', 'HR director of a Japanese-affiliated company',
            'site leadership team of a Japanese-affiliated company']),
        ('MEDIA', 'ja', ARRAY['地方紙', '地元公共ラジオ局', '地域ビジネス紙', '地元テレビ局のニュース番組']),
        ('MEDIA', 'en', ARRAY['regional newspaper', 'local public radio station', 'regional business journal',
            'local TV news programme']),
        ('CULTURAL_EDUCATIONAL', 'ja', ARRAY['高校の日本語クラス', '大学の東アジア研究学科', '公立図書館', 'コミュニティカレッジ国際交流室']),
        ('CULTURAL_EDUCATIONAL', 'en', ARRAY['high school Japanese-language program', 'university East Asian studies department',
            'public library', 'community college international office']),
        ('SISTER_CITY', 'ja', ARRAY['姉妹都市協会理事会', '市議会国際委員会', '市長室国際交流担当']),
        ('SISTER_CITY', 'en', ARRAY['sister-city association board', 'city council international committee',
            'Mayor''s office of international relations']),
        ('OTHER', 'ja', ARRAY['地元の日米協会', '地域財団', '地域商工会議所', '国際問題評議会']),
        ('OTHER', 'en', ARRAY['local Japan–America society', 'community foundation', 'regional chamber of commerce',
            'local world affairs council']);

    -- Report text templates. %1$s place, %2$s topic, %3$s counterpart, %4$s participants.
    -- kind S = summary, O = outcome (2 variants each per type and language), F = follow-up (6 per language).
    CREATE TEMP TABLE demo_tmp_tpl (atype TEXT, lang TEXT, kind TEXT, variant INTEGER, txt TEXT);
    INSERT INTO demo_tmp_tpl VALUES
        ('OFFICIALS_MEETING', 'ja', 'S', 1, '%1$sにおいて%3$sと面会し、%2$sについて意見交換するとともに、今後の日米協力の進め方について協議した。'),
        ('OFFICIALS_MEETING', 'ja', 'S', 2, '%3$sを訪問し、日米双方にとっての%2$sの重要性を説明するとともに、域内で活動する日系企業の状況について意見交換した（%1$s）。'),
        ('OFFICIALS_MEETING', 'en', 'S', 1, 'Met with the %3$s in %1$s to exchange views on %2$s and on next steps for Japan–U.S. cooperation.'),
        ('OFFICIALS_MEETING', 'en', 'S', 2, 'Called on the %3$s in %1$s, explained the importance of %2$s for both countries, and discussed the activities of Japanese-affiliated companies in the region.'),
        ('OFFICIALS_MEETING', 'ja', 'O', 1, '先方から%2$sに関する日本企業との連携に強い関心が示され、具体的な協力案件を引き続き検討することで一致した。'),
        ('OFFICIALS_MEETING', 'ja', 'O', 2, '日系企業が地域経済にもたらす貢献について先方の理解が深まり、今後も定期的に情報交換を行いたいとの意向が示された。'),
        ('OFFICIALS_MEETING', 'en', 'O', 1, 'The counterpart showed strong interest in working with Japanese companies on %2$s and agreed to keep exploring concrete projects.'),
        ('OFFICIALS_MEETING', 'en', 'O', 2, 'The counterpart acknowledged the contribution of Japanese-affiliated companies to the regional economy and asked for regular exchanges of information.'),

        ('SEMINAR_EVENT', 'ja', 'S', 1, '%3$sと共催で%2$sをテーマとするセミナーを%1$sにて開催し、約%4$s名が参加した。日本側の取組と日米協力の事例を紹介した。'),
        ('SEMINAR_EVENT', 'ja', 'S', 2, '%1$sで開催された%2$sに関するカンファレンス（主催：%3$s、参加者約%4$s名）に登壇し、日米協力の意義と日本企業の取組について講演した。'),
        ('SEMINAR_EVENT', 'en', 'S', 1, 'Co-hosted a seminar on %2$s with the %3$s in %1$s, attended by about %4$s people, presenting Japanese initiatives and examples of Japan–U.S. cooperation.'),
        ('SEMINAR_EVENT', 'en', 'S', 2, 'Spoke at a conference on %2$s in %1$s organised by the %3$s (about %4$s participants) on the value of Japan–U.S. cooperation and the work of Japanese companies.'),
        ('SEMINAR_EVENT', 'ja', 'O', 1, '参加者から日本企業との具体的な連携方法について多くの質問が寄せられ、終了後も個別の相談が複数あった。'),
        ('SEMINAR_EVENT', 'ja', 'O', 2, '参加者アンケートでは概ね高い評価を得た。地元関係者と日系企業の間で新たな接点が生まれた。'),
        ('SEMINAR_EVENT', 'en', 'O', 1, 'Participants asked many questions about how to partner with Japanese companies, and several follow-up consultations were requested afterwards.'),
        ('SEMINAR_EVENT', 'en', 'O', 2, 'Feedback from participants was generally positive, and new contacts were made between local stakeholders and Japanese-affiliated companies.'),

        ('BUSINESS_VISIT', 'ja', 'S', 1, '%1$sの日系企業拠点を訪問し、%3$sから%2$sに関連する事業の現状と、地元での人材確保やサプライチェーン上の課題について聴取した。'),
        ('BUSINESS_VISIT', 'ja', 'S', 2, '%3$sの案内で%1$sの工場を視察し、%2$sに関連する設備投資の状況や地域社会との関係について意見交換した。'),
        ('BUSINESS_VISIT', 'en', 'S', 1, 'Visited a Japanese-affiliated company site in %1$s and heard from the %3$s about operations related to %2$s and challenges in local hiring and supply chains.'),
        ('BUSINESS_VISIT', 'en', 'S', 2, 'Toured a plant in %1$s with the %3$s and exchanged views on investment related to %2$s and the plant''s ties with the local community.'),
        ('BUSINESS_VISIT', 'ja', 'O', 1, '現地採用の拡大や地元大学との連携に意欲が示された。州政府との橋渡しについて要望を受けた。'),
        ('BUSINESS_VISIT', 'ja', 'O', 2, '%2$sに関する供給網上の課題（人材・物流）について具体的な情報を得た。本省関係部署と共有する。'),
        ('BUSINESS_VISIT', 'en', 'O', 1, 'The company expressed interest in expanding local hiring and partnering with local universities, and asked for help connecting with the state government.'),
        ('BUSINESS_VISIT', 'en', 'O', 2, 'Obtained concrete information on supply-chain challenges related to %2$s (workforce and logistics), to be shared with the relevant divisions in Tokyo.'),

        ('MEDIA', 'ja', 'S', 1, '%3$sの取材に応じ、%2$sについて日米協力の現状と地域における日本企業の貢献を説明した（%1$s）。'),
        ('MEDIA', 'ja', 'S', 2, '%1$sの%3$sに出演・寄稿し、地域の視点から%2$sについて紹介した。'),
        ('MEDIA', 'en', 'S', 1, 'Gave an interview to the %3$s in %1$s on %2$s and the contribution of Japanese companies to the region.'),
        ('MEDIA', 'en', 'S', 2, 'Appeared in the %3$s in %1$s, talking about %2$s from the perspective of the local community.'),
        ('MEDIA', 'ja', 'O', 1, '記事（番組）として掲載・放送され、地元の読者・視聴者に日米協力の具体例を伝えることができた。'),
        ('MEDIA', 'ja', 'O', 2, '掲載後、地元の経済団体や教育関係者から問い合わせがあった。'),
        ('MEDIA', 'en', 'O', 1, 'The piece ran as planned and brought concrete examples of Japan–U.S. cooperation to a local audience.'),
        ('MEDIA', 'en', 'O', 2, 'After publication, local business groups and educators got in touch with follow-up enquiries.'),

        ('CULTURAL_EDUCATIONAL', 'ja', 'S', 1, '%1$sの%3$sを訪問し、%2$sをテーマとした出前講座を実施した（参加者約%4$s名）。'),
        ('CULTURAL_EDUCATIONAL', 'ja', 'S', 2, '%3$sと協力し、%1$sで日本文化の紹介と%2$sに関する講演を組み合わせたイベントを開催した（来場者約%4$s名）。'),
        ('CULTURAL_EDUCATIONAL', 'en', 'S', 1, 'Gave an outreach class on %2$s for the %3$s in %1$s (about %4$s participants).'),
        ('CULTURAL_EDUCATIONAL', 'en', 'S', 2, 'Worked with the %3$s to hold an event in %1$s combining an introduction to Japanese culture with a talk on %2$s (about %4$s visitors).'),
        ('CULTURAL_EDUCATIONAL', 'ja', 'O', 1, '参加した生徒・学生から日本への留学や日系企業での就職について多くの質問が寄せられた。'),
        ('CULTURAL_EDUCATIONAL', 'ja', 'O', 2, '日本への関心が必ずしも高くなかった層にも、日米関係の身近な具体例を伝えることができた。'),
        ('CULTURAL_EDUCATIONAL', 'en', 'O', 1, 'Students asked many questions about studying in Japan and working for Japanese companies.'),
        ('CULTURAL_EDUCATIONAL', 'en', 'O', 2, 'Reached people with little prior interest in Japan with tangible, local examples of the Japan–U.S. relationship.'),

        ('SISTER_CITY', 'ja', 'S', 1, '%1$sと日本の姉妹都市との交流行事に出席し、%3$sと、%2$sを含む今後の交流拡大について意見交換した。'),
        ('SISTER_CITY', 'ja', 'S', 2, '日本の姉妹都市からの訪問団の%1$s訪問に同行し、%3$sとの会合で%2$sに関する協力の可能性を話し合った（参加者約%4$s名）。'),
        ('SISTER_CITY', 'en', 'S', 1, 'Attended a sister-city exchange event in %1$s with its Japanese sister city, and discussed with the %3$s how to widen exchanges, including on %2$s.'),
        ('SISTER_CITY', 'en', 'S', 2, 'Accompanied a delegation from a Japanese sister city on its visit to %1$s and discussed possible cooperation on %2$s with the %3$s (about %4$s participants).'),
        ('SISTER_CITY', 'ja', 'O', 1, '双方の経済団体による相互訪問を来年度に実施する方向で調整することとなった。'),
        ('SISTER_CITY', 'ja', 'O', 2, '長年の交流の実績が地元で改めて評価され、市側から交流拡大への支持が表明された。'),
        ('SISTER_CITY', 'en', 'O', 1, 'Both sides agreed to work towards reciprocal visits by business organisations next year.'),
        ('SISTER_CITY', 'en', 'O', 2, 'The long-standing exchange was recognised locally, and the city expressed support for expanding it.'),

        ('OTHER', 'ja', 'S', 1, '%3$sの会合に出席し、%2$sに関する最近の動向を紹介した（%1$s、参加者約%4$s名）。'),
        ('OTHER', 'ja', 'S', 2, '%1$sにおいて%3$sと%2$sに関する共同事業の打合せを行った。'),
        ('OTHER', 'en', 'S', 1, 'Attended a meeting of the %3$s in %1$s and briefed about %4$s participants on recent developments in %2$s.'),
        ('OTHER', 'en', 'S', 2, 'Held a planning meeting with the %3$s in %1$s on a joint project related to %2$s.'),
        ('OTHER', 'ja', 'O', 1, '今後の共同事業の候補として、若手向けの交流プログラムが挙げられた。'),
        ('OTHER', 'ja', 'O', 2, '先方の会員向けニュースレターで当館の取組を紹介してもらうこととなった。'),
        ('OTHER', 'en', 'O', 1, 'A youth exchange program was suggested as a candidate for a joint project.'),
        ('OTHER', 'en', 'O', 2, 'The counterpart offered to feature our work in its member newsletter.'),

        ('*', 'ja', 'F', 1, '先方の求めに応じ関連資料を送付するとともに、次回会合の日程を調整する。'),
        ('*', 'ja', 'F', 2, '本省及び関係機関と結果を共有し、次年度の事業計画に反映させる。'),
        ('*', 'ja', 'F', 3, '関心を示した参加者に個別にフォローアップする。'),
        ('*', 'ja', 'F', 4, '日系企業側の関係者を紹介し、具体的な協力案件の形成を支援する。'),
        ('*', 'ja', 'F', 5, '次回の域内出張の際に改めて面会する予定。'),
        ('*', 'ja', 'F', 6, '特になし（定例の情報交換を継続）。'),
        ('*', 'en', 'F', 1, 'Send the requested briefing materials and schedule a follow-up meeting.'),
        ('*', 'en', 'F', 2, 'Share the results with headquarters and relevant agencies and reflect them in next year''s plan.'),
        ('*', 'en', 'F', 3, 'Follow up individually with participants who expressed interest.'),
        ('*', 'en', 'F', 4, 'Introduce contacts at Japanese companies to help shape concrete cooperation projects.'),
        ('*', 'en', 'F', 5, 'Plan to meet again on the next trip to the region.'),
        ('*', 'en', 'F', 6, 'None beyond the regular exchange of information.');

    -- Reviewers' return comments.
    CREATE TEMP TABLE demo_tmp_return (lang TEXT, variant INTEGER, txt TEXT);
    INSERT INTO demo_tmp_return VALUES
        ('ja', 1, '成果欄に先方の具体的な反応を追記してください。'),
        ('ja', 2, '参加者数と訴求対象の記載を確認してください。'),
        ('ja', 3, '重点分野の選択を見直してください（複数該当する可能性があります）。'),
        ('ja', 4, '面会相手は個人名ではなく役職で記載してください。'),
        ('en', 1, 'Please add the counterpart''s concrete response to the outcome field.'),
        ('en', 2, 'Please check the number of participants and the audience.'),
        ('en', 3, 'Please review the priority areas selected; more than one may apply.'),
        ('en', 4, 'Please describe the counterpart by role rather than by name.');

    -- Indicators for initiative targets.
    CREATE TEMP TABLE demo_tmp_indicator (code TEXT, indicator_ja TEXT, indicator_en TEXT, unit_en TEXT, unit_ja TEXT);
    INSERT INTO demo_tmp_indicator VALUES
        ('PARTICIPANTS', '参加者数',                           'Participants',                                   'people', '人'),
        ('EVENTS',       '開催回数',                           'Events held',                                    'events', '回'),
        ('OFFICIALS',    '意見交換を行った政府・議会関係者数', 'Government and legislative officials engaged',  'people', '人'),
        ('COMPANIES',    '参加企業数',                         'Participating companies',                        'companies', '社'),
        ('MEDIA',        'メディア掲載件数',                   'Media coverage items',                           'items', '件'),
        ('MOU',          '締結した協力覚書数',                 'Cooperation memoranda signed',                   'documents', '件'),
        ('MATCHES',      '商談・マッチング件数',               'Business matchings arranged',                    'matchings', '件'),
        ('SATISFACTION', '参加者満足度（「満足」以上の割合）', 'Participant satisfaction (share "satisfied" or better)', '%', '%'),
        ('VISITS',       '視察・訪問件数',                     'Site visits conducted',                          'visits', '件'),
        ('STUDENTS',     '参加学生数',                         'Students participating',                         'people', '人'),
        ('REACH',        '広報資料・動画の配布数・閲覧数',     'Outreach materials distributed or viewed',       'views', '件'),
        ('INTERNS',      'インターンシップ受入れ件数',         'Internship placements',                          'placements', '件'),
        ('UNIVERSITIES', '参加大学数',                         'Participating universities',                     'universities', '校');

    ---------------------------------------------------------------------------------------------------------------
    -- Users (password demo-pass-2026).
    ---------------------------------------------------------------------------------------------------------------
    INSERT INTO app_user (username, display_name, email, password_hash, role, mission_code, preferred_language, created_at)
    SELECT u.username, u.display_name, u.username || '@example.org', v_password, u.role, u.mission_code, u.lang,
           (v_fy_prev - 30)::timestamp + time '09:00'
    FROM (VALUES
        ('demo-admin',  'Demo Administrator (デモ管理者)', 'ADMIN',     NULL::text, 'ja'),
        ('demo-hq',     'Demo HQ Editor (デモ)',           'HQ_EDITOR', NULL,       'ja'),
        ('demo-hq2',    'Demo HQ Editor 2 (デモ)',         'HQ_EDITOR', NULL,       'ja'),
        ('demo-viewer', 'Demo Viewer (デモ閲覧者)',        'VIEWER',    NULL,       'en')
    ) AS u (username, display_name, role, mission_code, lang);

    INSERT INTO app_user (username, display_name, email, password_hash, role, mission_code, preferred_language, created_at)
    SELECT dm.username, 'Demo Reporter ' || dm.city_en || ' (デモ・' || dm.city_ja || ')', dm.username || '@example.org',
           v_password, 'MISSION_REPORTER', dm.mission_code, dm.lang, (v_fy_prev - 30)::timestamp + time '09:00'
    FROM demo_tmp_mission dm
    ORDER BY dm.ord;

    SELECT id INTO v_hq FROM app_user WHERE username = 'demo-hq';
    SELECT id INTO v_hq2 FROM app_user WHERE username = 'demo-hq2';

    ---------------------------------------------------------------------------------------------------------------
    -- Initiatives. Columns: n, titles, summaries, status, fiscal year (0 current, -1 previous), start offset in days
    -- (from the fiscal year's start; for PLANNED from today), duration in days, nationwide, lead mission (NULL = HQ),
    -- interest tier, priority areas, sectors, states, regional approaches, audiences, partners ('name|KIND'),
    -- targets ('INDICATOR:target value').
    ---------------------------------------------------------------------------------------------------------------
    FOR r IN
        SELECT * FROM (VALUES
        (1, '日米量子技術研究者ワークショップ（コロラド州・ニューメキシコ州）',
            'Japan–U.S. Quantum Research Workshop (Colorado and New Mexico)',
            'コロラド州・ニューメキシコ州の研究機関と日本の大学・企業の研究者を招き、量子計測・量子コンピューティング分野の共同研究の可能性を探るワークショップを開催する。',
            'A workshop bringing together researchers from institutions in Colorado and New Mexico and from Japanese universities and companies to explore joint research in quantum sensing and quantum computing.',
            'ACTIVE', 0, 30, 300, FALSE, 'CG-DEN', 'MODERATE',
            ARRAY['SCIENCE_TECH'], ARRAY['QUANTUM','RESEARCH_DEVELOPMENT'], ARRAY['CO','NM'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['JAPANESE_COMPANIES','KEY_OFFICIALS'],
            ARRAY['High Plains Quantum Research Center|ACADEMIC','Front Range Innovation Council|NON_PROFIT'],
            ARRAY['EVENTS:2','PARTICIPANTS:120','MOU:1']),
        (2, 'ボストン・ライフサイエンス日米連携フォーラム',
            'Boston Life Sciences Japan–U.S. Partnership Forum',
            'ボストン地域のライフサイエンス関係者と在米日系製薬・バイオ企業が一堂に会するフォーラムを開催し、創薬・再生医療分野での協力事例を共有した。',
            'A forum convening Boston-area life-science stakeholders and Japanese pharmaceutical and biotech companies in the U.S. to share examples of cooperation in drug discovery and regenerative medicine.',
            'COMPLETED', -1, 120, 60, FALSE, 'CG-BOS', 'HIGH',
            ARRAY['SCIENCE_TECH'], ARRAY['PHARMA','BIO'], ARRAY['MA','RI'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['JAPANESE_COMPANIES','KEY_OFFICIALS'],
            ARRAY['Bay Colony Biotech Council|NON_PROFIT','Commonwealth Translational Medicine Institute|ACADEMIC'],
            ARRAY['PARTICIPANTS:200','COMPANIES:25','MATCHES:30']),
        (3, '宇宙産業における日米協力セミナー（テキサス州・アラバマ州）',
            'Seminar Series on Japan–U.S. Space Industry Cooperation (Texas and Alabama)',
            'テキサス州・アラバマ州の宇宙関連産業の集積地において、日本の宇宙関連企業・研究機関との協力機会を紹介するセミナーを連続開催する。',
            'A seminar series in the space-industry clusters of Texas and Alabama introducing cooperation opportunities with Japanese space companies and research institutes.',
            'ACTIVE', -1, 90, 540, FALSE, 'CG-HOU', 'MODERATE',
            ARRAY['SCIENCE_TECH'], ARRAY['SPACE'], ARRAY['TX','AL'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['KEY_OFFICIALS','JAPANESE_COMPANIES'],
            ARRAY['Gulf Coast Aerospace Alliance|NON_PROFIT','Southern Orbit Industry Network|NON_PROFIT'],
            ARRAY['EVENTS:4','PARTICIPANTS:300']),
        (4, 'AIガバナンスに関する州政府向け対話シリーズ',
            'AI Governance Dialogue Series for State Governments',
            '州政府・州議会のAI政策担当者を対象に、日本のAIガバナンスの考え方や日米協力の枠組みを紹介するオンライン・対面の対話シリーズを実施する。',
            'An online and in-person dialogue series for state government and legislative AI policy staff, introducing Japan''s approach to AI governance and frameworks for Japan–U.S. cooperation.',
            'ACTIVE', 0, 0, 330, TRUE, NULL, 'MODERATE',
            ARRAY['SCIENCE_TECH'], ARRAY['AI'], ARRAY[]::text[],
            ARRAY[]::text[], ARRAY['KEY_OFFICIALS'],
            ARRAY['Interstate AI Policy Roundtable|NON_PROFIT'],
            ARRAY['EVENTS:6','OFFICIALS:150']),
        (5, 'フュージョンエネルギー研究交流プログラム（ウィスコンシン州）',
            'Fusion Energy Research Exchange Program (Wisconsin)',
            'ウィスコンシン州の大学・研究機関と日本のフュージョン関連研究者・スタートアップとの相互訪問を通じ、研究交流の基盤を構築する。',
            'Reciprocal visits between Wisconsin universities and research institutes and Japanese fusion researchers and startups, laying the foundation for research exchange.',
            'PLANNED', 0, 45, 240, FALSE, 'CG-CHI', 'HIGH',
            ARRAY['SCIENCE_TECH','ENERGY'], ARRAY['FUSION','RESEARCH_DEVELOPMENT'], ARRAY['WI'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['KEY_OFFICIALS','JAPANESE_COMPANIES'],
            ARRAY['Badger Plasma Research Consortium|ACADEMIC'],
            ARRAY['VISITS:4','PARTICIPANTS:40']),
        (6, 'シリコンバレー日米AIスタートアップ・ピッチイベント',
            NULL,
            'シリコンバレーの投資家・事業会社に対し、日本発のAIスタートアップが事業計画を発表するピッチイベントを開催し、協業・投資の機会創出を図った。',
            NULL,
            'COMPLETED', -1, 200, 1, FALSE, 'CG-SFO', 'HIGH',
            ARRAY['SCIENCE_TECH','GROWTH_TALENT'], ARRAY['AI','STARTUPS'], ARRAY['CA'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['JAPANESE_COMPANIES'],
            ARRAY['Peninsula Founders Network|NON_PROFIT','Bayside Venture Partners|PRIVATE'],
            ARRAY['PARTICIPANTS:150','MATCHES:40','COMPANIES:12']),
        (7, '北西部バイオテクノロジー研究機関訪問プログラム',
            'Pacific Northwest Biotechnology Research Visit Program',
            'ワシントン州のバイオテクノロジー研究機関を日本の研究者訪問団が訪問する計画であったが、受入れ側の体制の都合により中止した。',
            'A planned visit by a Japanese researcher delegation to biotechnology research institutes in Washington State; cancelled because the host institutions could not accommodate it.',
            'CANCELLED', -1, 150, 30, FALSE, 'CG-SEA', 'MODERATE',
            ARRAY['SCIENCE_TECH'], ARRAY['BIO'], ARRAY['WA'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['KEY_OFFICIALS'],
            ARRAY['Cascade BioInnovation Hub|NON_PROFIT'],
            ARRAY['VISITS:3']),
        (8, '創薬分野の日米産学連携ラウンドテーブル（ニュージャージー州・ペンシルベニア州）',
            'Japan–U.S. Industry–Academia Roundtables on Drug Discovery (New Jersey and Pennsylvania)',
            'ニュージャージー州・ペンシルベニア州に拠点を置く日系製薬企業と地元大学の研究者による円卓会議を開催し、創薬分野での産学連携を促進する。',
            'Roundtables between Japanese pharmaceutical companies based in New Jersey and Pennsylvania and local university researchers to promote industry–academia collaboration in drug discovery.',
            'ACTIVE', 0, 60, 270, FALSE, 'CG-NYC', 'HIGH',
            ARRAY['SCIENCE_TECH','GROWTH_TALENT'], ARRAY['PHARMA','INDUSTRY_ACADEMIA'], ARRAY['NJ','PA'],
            ARRAY['MANY_JAPANESE_COMPANIES','DISTINCTIVE_INDUSTRY_RD'], ARRAY['JAPANESE_COMPANIES'],
            ARRAY['Delaware Valley Drug Discovery Network|NON_PROFIT','Garden State Institute for Translational Science|ACADEMIC'],
            ARRAY['EVENTS:3','UNIVERSITIES:8','MATCHES:15']),
        (9, 'オハイオ州での半導体サプライチェーン・セミナー',
            'Semiconductor Supply Chain Seminar in Ohio',
            'オハイオ州で進む半導体関連投資を踏まえ、日系の素材・装置メーカーと州政府・地元サプライヤーを結ぶサプライチェーン・セミナーを開催した。',
            'A supply-chain seminar linking Japanese materials and equipment makers with the state government and local suppliers, in view of semiconductor-related investment under way in Ohio.',
            'COMPLETED', -1, 60, 90, FALSE, 'CG-DTW', 'MODERATE',
            ARRAY['ECONOMIC_SECURITY'], ARRAY['SEMICONDUCTORS'], ARRAY['OH','MI'],
            ARRAY['MANY_JAPANESE_COMPANIES','DISTINCTIVE_INDUSTRY_RD'], ARRAY['JAPANESE_COMPANIES','KEY_OFFICIALS'],
            ARRAY['Buckeye Advanced Manufacturing Council|NON_PROFIT','Great Lakes Chip Supplier Network|NON_PROFIT'],
            ARRAY['PARTICIPANTS:180','COMPANIES:40','SATISFACTION:85']),
        (10, 'アリゾナ州半導体人材育成パートナーシップ',
            'Arizona Semiconductor Workforce Partnership',
            'アリゾナ州のコミュニティカレッジ・大学と日系半導体関連企業が連携し、技術者育成プログラムとインターンシップの受入れを進める。',
            'Arizona community colleges and universities and Japanese semiconductor-related companies work together on technician training and internship placements.',
            'ACTIVE', -1, 30, 600, FALSE, 'CG-LAX', 'MODERATE',
            ARRAY['ECONOMIC_SECURITY','GROWTH_TALENT'], ARRAY['SEMICONDUCTORS','PEOPLE_EXCHANGE'], ARRAY['AZ'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['JAPANESE_COMPANIES'],
            ARRAY['Sonoran Technical Workforce Alliance|NON_PROFIT','Desert Valley Community College District|ACADEMIC'],
            ARRAY['INTERNS:30','STUDENTS:120']),
        (11, '重要鉱物サプライチェーン対話（ネバダ州・ワイオミング州・ユタ州）',
            'Critical Minerals Supply Chain Dialogue (Nevada, Wyoming and Utah)',
            'ネバダ州・ワイオミング州・ユタ州の州政府・鉱業関係者と日本企業との間で、重要鉱物の探鉱・精錬・リサイクルに関する協力の可能性について対話を行う。',
            'Dialogue between state governments and the mining community in Nevada, Wyoming and Utah and Japanese companies on possible cooperation in exploration, refining and recycling of critical minerals.',
            'ACTIVE', 0, 20, 330, FALSE, 'CG-SFO', 'LOW',
            ARRAY['ECONOMIC_SECURITY'], ARRAY['CRITICAL_MINERALS'], ARRAY['NV','WY','UT'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['KEY_OFFICIALS','JAPANESE_COMPANIES'],
            ARRAY['Great Basin Minerals Forum|NON_PROFIT','Intermountain Institute of Mining and Materials|ACADEMIC'],
            ARRAY['OFFICIALS:40','EVENTS:3']),
        (12, '造船・海事産業協力ミッション（ペンシルベニア州・バージニア州）',
            'Shipbuilding and Maritime Industry Cooperation Mission (Pennsylvania and Virginia)',
            '造船・船舶修繕分野での日米協力の具体化に向け、ペンシルベニア州・バージニア州の造船関連拠点への視察団派遣と関係者との意見交換を行う。',
            'A delegation visit to shipbuilding sites in Pennsylvania and Virginia and discussions with stakeholders to give concrete shape to Japan–U.S. cooperation in shipbuilding and ship repair.',
            'PLANNED', 0, 60, 14, FALSE, 'EMB-WDC', 'MODERATE',
            ARRAY['ECONOMIC_SECURITY'], ARRAY['SHIPBUILDING'], ARRAY['PA','VA'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['KEY_OFFICIALS','JAPANESE_COMPANIES'],
            ARRAY['Chesapeake Maritime Industry Roundtable|NON_PROFIT'],
            ARRAY['VISITS:4','OFFICIALS:30']),
        (13, '米国南東部 自動車関連サプライヤー交流会',
            'Southeast Automotive Supplier Networking Program',
            'ジョージア州・アラバマ州・サウスカロライナ州の日系自動車関連企業と地元サプライヤーの交流会を定期開催し、部品供給網の強靱化と地元雇用への貢献を後押しする。',
            'Regular networking events between Japanese automotive companies and local suppliers in Georgia, Alabama and South Carolina, supporting resilient parts supply chains and local employment.',
            'ACTIVE', -1, 45, 560, FALSE, 'CG-ATL', 'HIGH',
            ARRAY['ECONOMIC_SECURITY'], ARRAY['AUTOMOTIVE'], ARRAY['GA','AL','SC'],
            ARRAY['MANY_JAPANESE_COMPANIES'], ARRAY['JAPANESE_COMPANIES'],
            ARRAY['Southeastern Auto Suppliers Guild|NON_PROFIT','Piedmont Manufacturing Extension Center|PUBLIC'],
            ARRAY['EVENTS:4','COMPANIES:80','MATCHES:50']),
        (14, 'ケンタッキー州・テネシー州における州政府と日系自動車関連企業の対話',
            'State Government Dialogue with Japanese Automotive Companies (Kentucky and Tennessee)',
            'ケンタッキー州・テネシー州の州政府幹部と日系自動車関連企業の経営層による対話の場を設け、電動化への対応や人材確保に関する課題を共有した。',
            'A forum for senior state officials in Kentucky and Tennessee and executives of Japanese automotive companies to share challenges in electrification and workforce recruitment.',
            'COMPLETED', -1, 100, 120, FALSE, 'CG-BNA', 'HIGH',
            ARRAY['ECONOMIC_SECURITY'], ARRAY['AUTOMOTIVE'], ARRAY['KY','TN'],
            ARRAY['MANY_JAPANESE_COMPANIES'], ARRAY['JAPANESE_COMPANIES','KEY_OFFICIALS'],
            ARRAY['Bluegrass–Volunteer Automotive Roundtable|NON_PROFIT'],
            ARRAY['OFFICIALS:25','COMPANIES:20']),
        (15, '鉄鋼の脱炭素化と供給網強靱化に関する意見交換会（インディアナ州）',
            'Exchange on Steel Decarbonisation and Supply-Chain Resilience (Indiana)',
            'インディアナ州の鉄鋼関連企業・州政府関係者と、鉄鋼の脱炭素化技術及び供給網の強靱化について意見交換を行う。',
            'Exchanges with steel companies and state officials in Indiana on decarbonisation technologies and supply-chain resilience in steel.',
            'ACTIVE', 0, 40, 250, FALSE, 'CG-CHI', 'MODERATE',
            ARRAY['ECONOMIC_SECURITY'], ARRAY['STEEL'], ARRAY['IN'],
            ARRAY['MANY_JAPANESE_COMPANIES','DISTINCTIVE_INDUSTRY_RD'], ARRAY['JAPANESE_COMPANIES','KEY_OFFICIALS'],
            ARRAY['Hoosier Metals Innovation Council|NON_PROFIT'],
            ARRAY['EVENTS:2','PARTICIPANTS:90']),
        (16, NULL,
            'Aerospace Components Supply Chain Cooperation (Washington and Kansas)',
            NULL,
            'Matchmaking between Japanese aerospace component makers and suppliers in the Washington and Kansas aviation clusters, with a joint seminar on quality and certification.',
            'PLANNED', 0, 75, 180, FALSE, 'CG-SEA', 'MODERATE',
            ARRAY['ECONOMIC_SECURITY'], ARRAY['AVIATION'], ARRAY['WA','KS'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['JAPANESE_COMPANIES'],
            ARRAY['Puget Sound Aerospace Suppliers Forum|NON_PROFIT','Heartland Aerostructures Network|NON_PROFIT'],
            ARRAY['MATCHES:25','COMPANIES:30']),
        (17, '経済安全保障に関する連邦議会スタッフ向けブリーフィング',
            'Economic Security Briefings for Congressional Staff',
            '連邦議会スタッフを対象に、半導体・重要鉱物・AIなど経済安全保障上の戦略分野における日米協力の現状を説明するブリーフィングを定期的に開催する。',
            'Regular briefings for congressional staff on Japan–U.S. cooperation in strategic sectors for economic security such as semiconductors, critical minerals and AI.',
            'ACTIVE', 0, 10, 340, FALSE, 'EMB-WDC', 'HIGH',
            ARRAY['ECONOMIC_SECURITY'], ARRAY['SEMICONDUCTORS','CRITICAL_MINERALS','AI'], ARRAY['DC'],
            ARRAY[]::text[], ARRAY['KEY_OFFICIALS'],
            ARRAY['Capitol Policy Exchange Forum|NON_PROFIT'],
            ARRAY['EVENTS:6','OFFICIALS:200']),
        (18, '米国産LNGの調達拡大に関する日米エネルギー対話（テキサス州・ルイジアナ州）',
            'Japan–U.S. Energy Dialogue on Expanded Purchases of U.S. LNG (Texas and Louisiana)',
            'テキサス州・ルイジアナ州のエネルギー関係者と日本のエネルギー企業の対話を通じ、米国産LNGの調達拡大と関連インフラへの投資機会について意見交換を行う。',
            'Dialogue between energy stakeholders in Texas and Louisiana and Japanese energy companies on expanding purchases of U.S. LNG and investment opportunities in related infrastructure.',
            'ACTIVE', 0, 15, 320, FALSE, 'CG-HOU', 'HIGH',
            ARRAY['ENERGY'], ARRAY['NATURAL_GAS'], ARRAY['TX','LA'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['KEY_OFFICIALS','JAPANESE_COMPANIES'],
            ARRAY['Gulf Coast Energy Forum|NON_PROFIT','Bayou State Export Council|PUBLIC'],
            ARRAY['EVENTS:3','OFFICIALS:40','COMPANIES:30']),
        (19, 'アラスカ州エネルギー協力ラウンドテーブル',
            'Alaska Energy Cooperation Roundtable',
            'アラスカ州政府・州議会関係者と日本の関係企業を交え、天然ガスを含むエネルギー分野での日米協力について円卓会議を開催した。',
            'A roundtable with Alaska state government and legislative officials and Japanese companies on Japan–U.S. energy cooperation, including natural gas.',
            'COMPLETED', -1, 140, 30, FALSE, 'CO-ANC', 'MODERATE',
            ARRAY['ENERGY'], ARRAY['NATURAL_GAS','ENERGY_SECTOR'], ARRAY['AK'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['KEY_OFFICIALS'],
            ARRAY['Northern Lights Energy Council|NON_PROFIT'],
            ARRAY['PARTICIPANTS:60','OFFICIALS:20']),
        (20, '次世代原子力・フュージョン技術セミナー（アイダホ州・テネシー州）',
            'Seminars on Advanced Nuclear and Fusion Technologies (Idaho and Tennessee)',
            '次世代原子力やフュージョンなど先進エネルギー技術の研究拠点を有するアイダホ州・テネシー州で、日本の研究者・企業による技術セミナーを開催する。',
            'Technology seminars by Japanese researchers and companies in Idaho and Tennessee, home to research hubs for advanced energy technologies such as advanced nuclear and fusion.',
            'ACTIVE', -1, 180, 500, FALSE, NULL, 'MODERATE',
            ARRAY['ENERGY','SCIENCE_TECH'], ARRAY['ENERGY_SECTOR','FUSION'], ARRAY['ID','TN'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['KEY_OFFICIALS','JAPANESE_COMPANIES'],
            ARRAY['Snake River Energy Innovation Forum|NON_PROFIT','Appalachian Energy Research Alliance|ACADEMIC'],
            ARRAY['EVENTS:2','PARTICIPANTS:150']),
        (21, 'ハワイ州クリーンエネルギー実証協力',
            'Hawaii Clean Energy Demonstration Cooperation',
            'ハワイ州と日本の自治体・企業の既存の交流を基盤に、島しょ地域におけるクリーンエネルギー実証事業の協力を推進する。',
            'Building on existing exchanges between Hawaii and Japanese municipalities and companies, promotes cooperation on clean-energy demonstration projects for island communities.',
            'ACTIVE', 0, 0, 360, FALSE, 'CG-HNL', 'HIGH',
            ARRAY['ENERGY'], ARRAY['ENERGY_SECTOR'], ARRAY['HI'],
            ARRAY['LOCAL_EXCHANGE','DISTINCTIVE_INDUSTRY_RD'], ARRAY['KEY_OFFICIALS','GENERAL_PUBLIC'],
            ARRAY['Aloha Island Energy Partnership|NON_PROFIT','Pacific Islands Grid Research Center|ACADEMIC'],
            ARRAY['MOU:1','EVENTS:2']),
        (22, 'ペンシルベニア州・ウェストバージニア州 天然ガス関連施設視察',
            'Natural Gas Industry Study Tour (Pennsylvania and West Virginia)',
            'ペンシルベニア州・ウェストバージニア州の天然ガス関連施設への日本企業視察を計画したが、日程調整がつかず今年度は中止とした。',
            'A study tour for Japanese companies to natural-gas facilities in Pennsylvania and West Virginia was planned but cancelled for this fiscal year because schedules could not be aligned.',
            'CANCELLED', 0, 90, 5, FALSE, 'CG-NYC', 'LOW',
            ARRAY['ENERGY'], ARRAY['NATURAL_GAS'], ARRAY['PA','WV'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['JAPANESE_COMPANIES'],
            ARRAY['Mountain State Gas Industry Forum|NON_PROFIT'],
            ARRAY['VISITS:3']),
        (23, 'オクラホマ州エネルギー関連企業向け日本市場説明会',
            NULL,
            'オクラホマ州のエネルギー関連企業・州商務当局を対象に、日本のエネルギー市場の動向と日本企業との取引の進め方を紹介する説明会を開催した。',
            NULL,
            'COMPLETED', -1, 230, 1, FALSE, 'CG-HOU', 'LOW',
            ARRAY['ENERGY'], ARRAY['NATURAL_GAS','ENERGY_SECTOR'], ARRAY['OK'],
            ARRAY['FEW_JAPANESE_LEARNERS'], ARRAY['KEY_OFFICIALS'],
            ARRAY['Red Dirt Energy Exporters Association|NON_PROFIT'],
            ARRAY['PARTICIPANTS:80','SATISFACTION:80']),
        (24, 'グアム・北マリアナ諸島エネルギー強靱化ワークショップ',
            'Energy Resilience Workshop for Guam and the Northern Mariana Islands',
            'グアム及び北マリアナ諸島の行政・電力関係者を対象に、台風等の災害に強いエネルギー供給体制づくりに関する日本の知見を共有するワークショップを開催する。',
            'A workshop for government and utility staff in Guam and the Northern Mariana Islands sharing Japanese know-how on energy supply systems resilient to typhoons and other disasters.',
            'PLANNED', 0, 30, 2, FALSE, 'CG-HGT', 'MODERATE',
            ARRAY['ENERGY'], ARRAY['ENERGY_SECTOR'], ARRAY['GU','MP'],
            ARRAY['LOCAL_EXCHANGE'], ARRAY['KEY_OFFICIALS'],
            ARRAY['Marianas Resilience Network|NON_PROFIT'],
            ARRAY['PARTICIPANTS:50','EVENTS:1']),
        (25, '日米スタートアップ・エコシステム連携プログラム（ニューヨーク）',
            'Japan–U.S. Startup Ecosystem Linkage Program (New York)',
            'ニューヨークのスタートアップ支援機関・投資家と日本のスタートアップをつなぐメンタリングとデモデーを実施し、米国市場への展開を支援する。',
            'Mentoring and a demo day connecting New York startup support organisations and investors with Japanese startups, supporting their expansion into the U.S. market.',
            'ACTIVE', 0, 30, 300, FALSE, 'CG-NYC', 'HIGH',
            ARRAY['GROWTH_TALENT'], ARRAY['STARTUPS'], ARRAY['NY'],
            ARRAY['MANY_JAPANESE_COMPANIES'], ARRAY['JAPANESE_COMPANIES'],
            ARRAY['Hudson Founders Collective|NON_PROFIT','Empire Seed Capital|PRIVATE'],
            ARRAY['COMPANIES:20','MATCHES:60']),
        (26, '日系企業インターンシップ・オンラインフェア（全米）',
            'Nationwide Online Internship Fair with Japanese Companies',
            '全米の大学生を対象に、在米日系企業でのインターンシップ機会を紹介するオンライン・フェアを開催し、日米のビジネスを担う人材の育成を図る。',
            'An online fair introducing internship opportunities at Japanese companies in the U.S. to university students nationwide, developing people who will carry Japan–U.S. business forward.',
            'ACTIVE', -1, 150, 520, TRUE, NULL, 'MODERATE',
            ARRAY['GROWTH_TALENT'], ARRAY['PEOPLE_EXCHANGE','INDUSTRY_ACADEMIA'], ARRAY[]::text[],
            ARRAY[]::text[], ARRAY['JAPANESE_COMPANIES'],
            ARRAY['Transpacific Careers Network|NON_PROFIT','Collegiate Japan Business Circle|NON_PROFIT'],
            ARRAY['STUDENTS:1500','COMPANIES:60','INTERNS:100']),
        (27, '産学連携マッチング会（ミネソタ州・アイオワ州）',
            'Industry–Academia Matching Sessions (Minnesota and Iowa)',
            'ミネソタ州・アイオワ州の大学の研究成果と日系企業の技術ニーズを結びつけるマッチング会を開催した（医療機器・農業技術分野）。',
            'Matching sessions linking research at universities in Minnesota and Iowa with the technology needs of Japanese companies (medical devices and agricultural technology).',
            'COMPLETED', -1, 80, 150, FALSE, 'CG-CHI', 'MODERATE',
            ARRAY['GROWTH_TALENT'], ARRAY['INDUSTRY_ACADEMIA','RESEARCH_DEVELOPMENT'], ARRAY['MN','IA'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['JAPANESE_COMPANIES'],
            ARRAY['North Star Tech Transfer Office|ACADEMIC','Corn Belt Innovation Partnership|NON_PROFIT'],
            ARRAY['MATCHES:35','UNIVERSITIES:6']),
        (28, 'ノースカロライナ州 日米研究開発交流',
            'Japan–U.S. R&D Exchange in North Carolina',
            'ノースカロライナ州の大学・研究機関と日本の研究者の交流を支援し、バイオ分野を中心とした共同研究の立ち上げを後押しする。',
            'Supports exchanges between universities and research institutes in North Carolina and Japanese researchers, helping launch joint research with a focus on biotechnology.',
            'ACTIVE', 0, 50, 280, FALSE, 'CG-ATL', 'HIGH',
            ARRAY['GROWTH_TALENT','SCIENCE_TECH'], ARRAY['RESEARCH_DEVELOPMENT','BIO'], ARRAY['NC'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['JAPANESE_COMPANIES'],
            ARRAY['Carolina Research Exchange Forum|NON_PROFIT'],
            ARRAY['VISITS:5','MOU:2']),
        (29, 'スタートアップ相互投資セミナー（ユタ州・コロラド州）',
            'Startup Investment Seminar (Utah and Colorado)',
            'ユタ州・コロラド州のスタートアップと日本の事業会社・投資家を対象に、相互投資の機会を紹介するセミナーを開催する。',
            'A seminar for startups in Utah and Colorado and Japanese corporates and investors, introducing opportunities for mutual investment.',
            'PLANNED', 0, 20, 1, FALSE, 'CG-DEN', 'LOW',
            ARRAY['GROWTH_TALENT'], ARRAY['STARTUPS'], ARRAY['UT','CO'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['JAPANESE_COMPANIES'],
            ARRAY['Wasatch Front Startup Alliance|NON_PROFIT','Rocky Mountain Angel Circle|PRIVATE'],
            ARRAY['PARTICIPANTS:100','MATCHES:20']),
        (30, 'フロリダ州 日系企業と大学の人材交流プログラム',
            'Talent Exchange Program between Japanese Companies and Universities in Florida',
            'フロリダ州の大学と州内の日系企業が連携し、学生の企業訪問・短期研修を通じて日本企業への理解と就職の機会を広げる。',
            'Universities and Japanese companies in Florida cooperate on company visits and short placements for students, widening understanding of and career opportunities at Japanese firms.',
            'ACTIVE', 0, 25, 320, FALSE, 'CG-MIA', 'LOW',
            ARRAY['GROWTH_TALENT'], ARRAY['PEOPLE_EXCHANGE','INDUSTRY_ACADEMIA'], ARRAY['FL'],
            ARRAY['FEW_JAPANESE_LEARNERS'], ARRAY['JAPANESE_COMPANIES','GENERAL_PUBLIC'],
            ARRAY['Sunshine State Career Bridge|NON_PROFIT','Gulfstream University Consortium|ACADEMIC'],
            ARRAY['STUDENTS:200','VISITS:10']),
        (31, '若手技術者交流プログラム（オレゴン州・アイダホ州）',
            'Young Engineers Exchange Program (Oregon and Idaho)',
            'オレゴン州・アイダホ州の若手技術者と日系企業の技術者が相互に工場・研究所を訪問する交流プログラムを実施した。',
            'An exchange in which young engineers from Oregon and Idaho and engineers from Japanese companies visited each other''s plants and laboratories.',
            'COMPLETED', -1, 160, 100, FALSE, 'CO-PDX', 'MODERATE',
            ARRAY['GROWTH_TALENT'], ARRAY['PEOPLE_EXCHANGE','SEMICONDUCTORS'], ARRAY['OR','ID'],
            ARRAY['DISTINCTIVE_INDUSTRY_RD'], ARRAY['JAPANESE_COMPANIES'],
            ARRAY['Willamette Valley Engineering Society|NON_PROFIT'],
            ARRAY['PARTICIPANTS:40','VISITS:6']),
        (32, NULL,
            'Japan–Texas Startup Mentoring Program',
            NULL,
            'A mentoring program pairing Texas startups with Japanese corporate mentors; cancelled after the partner accelerator changed its program schedule.',
            'CANCELLED', -1, 200, 120, FALSE, 'CG-HOU', 'MODERATE',
            ARRAY['GROWTH_TALENT'], ARRAY['STARTUPS'], ARRAY['TX'],
            ARRAY['MANY_JAPANESE_COMPANIES'], ARRAY['JAPANESE_COMPANIES'],
            ARRAY['Lone Star Accelerator Network|PRIVATE'],
            ARRAY['COMPANIES:15']),
        (33, '「日本の投資が地域を支える」全米広報キャンペーン',
            '"Japanese Investment Supports Local Communities" Nationwide Outreach Campaign',
            '日本企業による投資や雇用が地域社会にもたらす貢献を、地域ごとの事例紹介動画やSNSを通じて米国の一般市民に分かりやすく発信する。',
            'Communicates to the American public, through local case-study videos and social media, how investment and jobs created by Japanese companies contribute to local communities.',
            'ACTIVE', 0, 0, 364, TRUE, NULL, 'LOW',
            ARRAY['PUBLIC_AWARENESS'], ARRAY[]::text[], ARRAY[]::text[],
            ARRAY['FEW_JAPANESE_LEARNERS'], ARRAY['GENERAL_PUBLIC'],
            ARRAY['Main Street Storytelling Project|NON_PROFIT'],
            ARRAY['REACH:500000','MEDIA:40']),
        (34, '中西部州議会議員向け 日系企業工場視察ツアー',
            'Japanese-Affiliated Plant Tours for Midwestern State Legislators',
            '中西部各州の州議会議員を日系企業の工場に案内し、地元雇用や地域経済への貢献を直接見てもらう視察ツアーを実施する。',
            'Tours of Japanese-affiliated plants for state legislators in Midwestern states, letting them see contributions to local jobs and the regional economy first-hand.',
            'ACTIVE', -1, 60, 600, FALSE, 'CG-CHI', 'MODERATE',
            ARRAY['PUBLIC_AWARENESS'], ARRAY['AUTOMOTIVE'], ARRAY['IL','IN','MO','NE','KS'],
            ARRAY['MANY_JAPANESE_COMPANIES'], ARRAY['KEY_OFFICIALS'],
            ARRAY['Midwest Legislative Exchange Forum|NON_PROFIT'],
            ARRAY['VISITS:10','OFFICIALS:60']),
        (35, '日本文化・日米経済関係紹介巡回プログラム（モンタナ州・ノースダコタ州・サウスダコタ州）',
            'Traveling Program on Japanese Culture and Japan–U.S. Economic Ties (Montana, North Dakota and South Dakota)',
            'モンタナ州・ノースダコタ州・サウスダコタ州の高校・図書館・地域団体を巡回し、日本の文化と日米経済関係を紹介するプログラムを実施する。',
            'A traveling program visiting high schools, libraries and community groups in Montana, North Dakota and South Dakota to introduce Japanese culture and Japan–U.S. economic ties.',
            'ACTIVE', 0, 35, 300, FALSE, 'CG-CHI', 'LOW',
            ARRAY['PUBLIC_AWARENESS'], ARRAY['PEOPLE_EXCHANGE'], ARRAY['MT','ND','SD'],
            ARRAY['FEW_JAPANESE_LEARNERS'], ARRAY['GENERAL_PUBLIC'],
            ARRAY['Big Sky Japan Outreach Circle|NON_PROFIT','Dakota Prairie Library Network|PUBLIC'],
            ARRAY['EVENTS:12','PARTICIPANTS:1200']),
        (36, '姉妹都市交流を活用した地域経済関係の強化（ミシガン州・オハイオ州）',
            'Strengthening Local Economic Ties through Sister-City Exchange (Michigan and Ohio)',
            'ミシガン州・オハイオ州の姉妹都市関係を活用し、日本の自治体訪問団と地元経済団体・企業の交流行事を実施した。',
            'Using sister-city ties in Michigan and Ohio, organised exchange events between visiting delegations from Japanese municipalities and local business organisations and companies.',
            'COMPLETED', -1, 30, 240, FALSE, 'CG-DTW', 'HIGH',
            ARRAY['PUBLIC_AWARENESS','GROWTH_TALENT'], ARRAY['PEOPLE_EXCHANGE'], ARRAY['MI','OH'],
            ARRAY['LOCAL_EXCHANGE'], ARRAY['GENERAL_PUBLIC','KEY_OFFICIALS'],
            ARRAY['Great Lakes Sister Cities Council|NON_PROFIT'],
            ARRAY['EVENTS:5','PARTICIPANTS:400']),
        (37, 'ニューイングランド地域 地方メディア向けブリーフィング',
            'Media Briefings for Local Press across New England',
            'ニューイングランド地域の地方紙・地元ラジオ局の記者を対象に、日本企業の地域貢献や日米協力をテーマとしたメディア・ブリーフィングを実施する。',
            'Media briefings for reporters at local newspapers and radio stations across New England on the community contributions of Japanese companies and Japan–U.S. cooperation.',
            'ACTIVE', 0, 45, 280, FALSE, 'CG-BOS', 'MODERATE',
            ARRAY['PUBLIC_AWARENESS'], ARRAY[]::text[], ARRAY['ME','NH','VT','RI'],
            ARRAY['FEW_JAPANESE_LEARNERS'], ARRAY['GENERAL_PUBLIC'],
            ARRAY['Six States Local Media Circle|NON_PROFIT'],
            ARRAY['EVENTS:4','MEDIA:20']),
        (38, '日系企業の地域貢献発信事業（ミシシッピ州・アーカンソー州・ルイジアナ州）',
            'Showcasing Japanese Companies'' Community Contributions (Mississippi, Arkansas and Louisiana)',
            'ミシシッピ州・アーカンソー州・ルイジアナ州で日系企業が行う地域貢献活動を取材し、地元メディアや地域行事を通じて紹介する。',
            'Covers community activities by Japanese companies in Mississippi, Arkansas and Louisiana and presents them through local media and community events.',
            'PLANNED', 0, 40, 200, FALSE, 'CG-BNA', 'LOW',
            ARRAY['PUBLIC_AWARENESS'], ARRAY[]::text[], ARRAY['MS','AR','LA'],
            ARRAY['MANY_JAPANESE_COMPANIES'], ARRAY['GENERAL_PUBLIC'],
            ARRAY['Delta Community Foundation Network|NON_PROFIT'],
            ARRAY['MEDIA:15','EVENTS:3']),
        (39, '州知事室・州政府向け 日米経済関係ファクトシートの配布と説明',
            'Fact Sheets on Japan–U.S. Economic Ties for Governors'' Offices and State Governments',
            '全米の州知事室・州政府経済開発部局に、各州と日本との経済関係をまとめたファクトシートを配布し、説明の機会を設けた。',
            'Distributed fact sheets on each state''s economic ties with Japan to governors'' offices and state economic development agencies nationwide, with follow-up briefings.',
            'COMPLETED', -1, 20, 200, TRUE, 'EMB-WDC', 'MODERATE',
            ARRAY['PUBLIC_AWARENESS'], ARRAY[]::text[], ARRAY[]::text[],
            ARRAY[]::text[], ARRAY['KEY_OFFICIALS'],
            ARRAY['Statehouse Trade Liaison Network|NON_PROFIT'],
            ARRAY['OFFICIALS:100','REACH:500']),
        (40, '日本理解促進セミナー（プエルトリコ・米領バージン諸島）',
            'Seminars on Japan for Puerto Rico and the U.S. Virgin Islands',
            'プエルトリコ及び米領バージン諸島の大学・経済団体と連携し、日本の文化・経済や日本への留学の機会を紹介するセミナーを開催する。',
            'Seminars with universities and business groups in Puerto Rico and the U.S. Virgin Islands introducing Japanese culture, the economy and opportunities to study in Japan.',
            'ACTIVE', 0, 40, 290, FALSE, 'CG-NYC', 'LOW',
            ARRAY['PUBLIC_AWARENESS','GROWTH_TALENT'], ARRAY['PEOPLE_EXCHANGE'], ARRAY['PR','VI'],
            ARRAY['FEW_JAPANESE_LEARNERS'], ARRAY['GENERAL_PUBLIC'],
            ARRAY['Caribbean Japan Friendship Circle|NON_PROFIT','Isla Business Roundtable|PRIVATE'],
            ARRAY['EVENTS:3','PARTICIPANTS:250'])
        ) AS t (n, title_ja, title_en, summary_ja, summary_en, status, fy, off_days, dur_days, nationwide,
                lead_mission, tier, areas, sectors, states, approaches, audiences, partners, targets)
        ORDER BY n
    LOOP
        v_fy_start := CASE WHEN r.fy = 0 THEN v_fy_cur ELSE v_fy_prev END;
        IF r.status = 'ACTIVE' THEN
            v_start := least(v_fy_start + r.off_days, current_date);
            v_end := greatest(v_start + r.dur_days, current_date + 30);
        ELSIF r.status = 'COMPLETED' THEN   -- always previous fiscal year: ended before today
            v_start := v_fy_start + r.off_days;
            v_end := least(v_start + r.dur_days, current_date - 1);
        ELSIF r.status = 'PLANNED' THEN     -- starts in the future
            v_start := current_date + r.off_days;
            v_end := v_start + r.dur_days;
        ELSE                                 -- CANCELLED
            v_start := v_fy_start + r.off_days;
            v_end := v_start + r.dur_days;
        END IF;
        v_created := least(v_start - 40, current_date - 3)::timestamp + time '10:00' + (r.n * interval '7 minutes');

        INSERT INTO initiative (title_ja, title_en, summary_ja, summary_en, status, start_date, end_date, fiscal_year,
                                nationwide, lead_mission_code, interest_tier_code, owner_id,
                                created_at, created_by, updated_at, updated_by)
        VALUES (r.title_ja, r.title_en, r.summary_ja, r.summary_en, r.status, v_start, v_end,
                extract(year FROM v_fy_start)::int, r.nationwide, r.lead_mission, r.tier,
                CASE WHEN r.n % 2 = 1 THEN v_hq ELSE v_hq2 END,
                v_created, 'demo-hq',
                least(v_cap, v_created + (5 + r.n % 20) * interval '1 day'), 'demo-hq')
        RETURNING id INTO v_id;

        INSERT INTO initiative_priority_area (initiative_id, priority_area_code) SELECT v_id, x FROM unnest(r.areas) AS x;
        INSERT INTO initiative_sector (initiative_id, sector_code) SELECT v_id, x FROM unnest(r.sectors) AS x;
        INSERT INTO initiative_state (initiative_id, state_code) SELECT v_id, x FROM unnest(r.states) AS x;
        INSERT INTO initiative_regional_approach (initiative_id, regional_approach_code)
            SELECT v_id, x FROM unnest(r.approaches) AS x;
        INSERT INTO initiative_audience (initiative_id, audience_code) SELECT v_id, x FROM unnest(r.audiences) AS x;
        INSERT INTO initiative_partner (initiative_id, position, name, sector_kind)
            SELECT v_id, p.ord, split_part(p.x, '|', 1), split_part(p.x, '|', 2)
            FROM unnest(r.partners) WITH ORDINALITY AS p (x, ord);
        -- Actual values: completed initiatives near their target, active ones part of the way, none otherwise.
        INSERT INTO initiative_target (initiative_id, position, indicator_ja, indicator_en, unit_ja, unit_en, target_value,
                                       actual_value)
            SELECT v_id, t.ord, i.indicator_ja, i.indicator_en, i.unit_ja, i.unit_en, t.target,
                   CASE r.status
                       WHEN 'COMPLETED' THEN least(CASE WHEN i.unit_en = '%' THEN 100 ELSE t.target * 2 END,
                                                   round(t.target * (0.8 + ((r.n * 7 + t.ord * 13) % 9) * 0.05)))
                       WHEN 'ACTIVE' THEN round(t.target * (0.2 + ((r.n * 5 + t.ord * 11) % 9) * 0.06))
                   END
            FROM (SELECT u.ord, split_part(u.x, ':', 1) AS code, split_part(u.x, ':', 2)::numeric AS target
                  FROM unnest(r.targets) WITH ORDINALITY AS u (x, ord)) t
            JOIN demo_tmp_indicator i ON i.code = t.code;
    END LOOP;

    ---------------------------------------------------------------------------------------------------------------
    -- Activity reports: for every mission, spread evenly over the previous and the current fiscal year up to
    -- yesterday, each with its status history.
    ---------------------------------------------------------------------------------------------------------------
    v_span := v_last_day - v_fy_prev + 1;

    FOR m IN SELECT * FROM demo_tmp_mission ORDER BY ord LOOP
        SELECT id INTO v_author FROM app_user WHERE username = m.username;
        SELECT array_agg(state_code ORDER BY state_code) INTO v_states
        FROM mission_jurisdiction WHERE mission_code = m.mission_code;

        FOR k IN 1 .. m.n_reports LOOP
            -- date: the k-th slice of the period, so a mission's reports are spread out and the last one is recent
            v_date := v_fy_prev + floor(v_span * (k - 1 + random()) / m.n_reports)::int;
            IF v_date > v_last_day THEN v_date := v_last_day; END IF;

            -- place
            IF m.home_state = ANY (v_states) AND random() < 0.45 THEN
                v_state := m.home_state;
            ELSE
                v_state := v_states[1 + floor(random() * array_length(v_states, 1))::int];
            END IF;
            SELECT mj.whole_state INTO v_whole
            FROM mission_jurisdiction mj WHERE mj.mission_code = m.mission_code AND mj.state_code = v_state;
            SELECT s.name_ja, s.name_en, s.kind INTO v_state_ja, v_state_en, v_state_kind FROM us_state s WHERE s.code = v_state;

            v_county := NULL;
            v_city := NULL;
            IF NOT v_whole THEN
                -- a county of this mission's part of the state; counties with a known city first
                SELECT array_agg(c.id ORDER BY (cc.city IS NULL), c.name), array_agg(cc.city ORDER BY (cc.city IS NULL), c.name),
                       count(cc.city)
                INTO v_ids, v_names, v_n
                FROM mission_jurisdiction mj
                JOIN jurisdiction_county jc ON jc.jurisdiction_id = mj.id
                JOIN county c ON c.id = jc.county_id
                LEFT JOIN demo_tmp_county_city cc ON cc.state_code = c.state_code AND cc.county = c.name
                WHERE mj.mission_code = m.mission_code AND mj.state_code = v_state;
                IF v_ids IS NOT NULL THEN
                    IF v_n = 0 THEN v_n := array_length(v_ids, 1); END IF;
                    v_n := 1 + floor(random() * v_n)::int;
                    v_county := v_ids[v_n];
                    v_city := v_names[v_n];
                END IF;
            ELSE
                SELECT c.cities INTO v_cities FROM demo_tmp_city c
                WHERE c.state_code = v_state AND (c.mission_code = m.mission_code OR c.mission_code IS NULL)
                ORDER BY c.mission_code NULLS LAST LIMIT 1;
                IF v_cities IS NOT NULL THEN
                    IF random() < 0.4 THEN
                        v_city := v_cities[1];
                    ELSE
                        v_city := v_cities[1 + floor(random() * array_length(v_cities, 1))::int];
                    END IF;
                END IF;
            END IF;

            -- type (weekends: events, culture, media, sister cities, other)
            v_p := random();
            IF extract(isodow FROM v_date) IN (6, 7) THEN
                v_type := CASE WHEN v_p < 0.35 THEN 'CULTURAL_EDUCATIONAL' WHEN v_p < 0.65 THEN 'SEMINAR_EVENT'
                               WHEN v_p < 0.80 THEN 'SISTER_CITY' WHEN v_p < 0.90 THEN 'MEDIA' ELSE 'OTHER' END;
            ELSE
                v_type := CASE WHEN v_p < 0.28 THEN 'OFFICIALS_MEETING' WHEN v_p < 0.48 THEN 'SEMINAR_EVENT'
                               WHEN v_p < 0.68 THEN 'BUSINESS_VISIT' WHEN v_p < 0.76 THEN 'MEDIA'
                               WHEN v_p < 0.88 THEN 'CULTURAL_EDUCATIONAL' WHEN v_p < 0.94 THEN 'SISTER_CITY'
                               ELSE 'OTHER' END;
            END IF;
            IF v_type = 'BUSINESS_VISIT' AND v_state_kind = 'DISTRICT' THEN
                v_type := 'OFFICIALS_MEETING';   -- no plant visits in D.C.
            END IF;

            v_lang := CASE WHEN random() < 0.75 THEN m.lang ELSE CASE m.lang WHEN 'ja' THEN 'en' ELSE 'ja' END END;

            -- initiative: one running on that day, led by this mission or covering this state (else, less often,
            -- a nationwide one)
            v_init := NULL;
            v_p := random();
            IF v_p < 0.45 THEN
                SELECT array_agg(i.id ORDER BY i.id) INTO v_ids
                FROM initiative i
                WHERE i.created_by = 'demo-hq' AND i.status IN ('ACTIVE', 'COMPLETED') AND NOT i.nationwide
                  AND v_date BETWEEN i.start_date AND i.end_date
                  AND (i.lead_mission_code = m.mission_code
                       OR EXISTS (SELECT 1 FROM initiative_state s WHERE s.initiative_id = i.id AND s.state_code = v_state));
                IF v_ids IS NULL AND v_p < 0.15 THEN
                    SELECT array_agg(i.id ORDER BY i.id) INTO v_ids
                    FROM initiative i
                    WHERE i.created_by = 'demo-hq' AND i.status IN ('ACTIVE', 'COMPLETED') AND i.nationwide
                      AND v_date BETWEEN i.start_date AND i.end_date;
                END IF;
                IF v_ids IS NOT NULL THEN
                    v_init := v_ids[1 + floor(random() * array_length(v_ids, 1))::int];
                END IF;
            END IF;

            -- priority area and sector
            v_area1 := NULL;
            v_sector1 := NULL;
            v_sector2 := NULL;
            IF v_init IS NOT NULL THEN
                SELECT array_agg(priority_area_code ORDER BY priority_area_code) INTO v_arr
                FROM initiative_priority_area WHERE initiative_id = v_init;
                v_area1 := v_arr[1 + floor(random() * array_length(v_arr, 1))::int];
                SELECT array_agg(sector_code ORDER BY sector_code) INTO v_arr
                FROM initiative_sector WHERE initiative_id = v_init;
                IF v_arr IS NOT NULL THEN
                    v_sector1 := v_arr[1 + floor(random() * array_length(v_arr, 1))::int];
                END IF;
            ELSIF v_type IN ('MEDIA', 'CULTURAL_EDUCATIONAL', 'SISTER_CITY') AND random() < 0.75 THEN
                v_area1 := 'PUBLIC_AWARENESS';
                IF random() < 0.3 THEN v_sector1 := 'PEOPLE_EXCHANGE'; END IF;
            ELSIF v_type = 'OFFICIALS_MEETING' AND random() < 0.15 THEN
                v_area1 := 'PUBLIC_AWARENESS';
            ELSE
                IF random() < 0.6 THEN
                    v_sector1 := m.sectors[1 + floor(random() * array_length(m.sectors, 1))::int];
                ELSE
                    SELECT code INTO v_sector1 FROM demo_tmp_sector ORDER BY code
                    OFFSET floor(random() * 18)::int LIMIT 1;
                END IF;
                SELECT s.area INTO v_area1 FROM demo_tmp_sector s WHERE s.code = v_sector1;
                IF v_sector1 = 'ENERGY_SECTOR' AND random() < 0.4 THEN v_area1 := 'ECONOMIC_SECURITY'; END IF;
                IF v_sector1 = 'FUSION' AND random() < 0.4 THEN v_area1 := 'ENERGY'; END IF;
            END IF;
            -- a company visit is always about some industry
            IF v_type = 'BUSINESS_VISIT' AND v_sector1 IS NULL THEN
                v_sector1 := m.sectors[1 + floor(random() * array_length(m.sectors, 1))::int];
            END IF;
            -- a second priority area now and then
            v_area2 := NULL;
            IF random() < 0.3 THEN
                v_area2 := (ARRAY['SCIENCE_TECH','ECONOMIC_SECURITY','ENERGY','GROWTH_TALENT','PUBLIC_AWARENESS'])
                           [1 + floor(random() * 5)::int];
                IF v_area2 = v_area1 THEN v_area2 := NULL; END IF;
            END IF;
            -- a second sector of the same area now and then
            IF v_sector1 IS NOT NULL AND random() < 0.15 THEN
                SELECT s.code INTO v_sector2 FROM demo_tmp_sector s
                WHERE s.area = (SELECT area FROM demo_tmp_sector WHERE code = v_sector1) AND s.code <> v_sector1
                ORDER BY s.code OFFSET floor(random() * 3)::int LIMIT 1;
            END IF;

            IF v_sector1 IS NOT NULL THEN
                SELECT topic_ja, topic_en INTO v_topic_ja, v_topic_en FROM demo_tmp_sector WHERE code = v_sector1;
            ELSE
                SELECT topic_ja, topic_en INTO v_topic_ja, v_topic_en FROM demo_tmp_awareness
                ORDER BY ord OFFSET floor(random() * 4)::int LIMIT 1;
            END IF;

            -- audience, interest tier, participants, regional approach
            v_p := random();
            v_audience := CASE v_type
                WHEN 'OFFICIALS_MEETING' THEN 'KEY_OFFICIALS'
                WHEN 'BUSINESS_VISIT' THEN 'JAPANESE_COMPANIES'
                WHEN 'MEDIA' THEN 'GENERAL_PUBLIC'
                WHEN 'CULTURAL_EDUCATIONAL' THEN 'GENERAL_PUBLIC'
                WHEN 'SISTER_CITY' THEN CASE WHEN v_p < 0.6 THEN 'GENERAL_PUBLIC' ELSE 'KEY_OFFICIALS' END
                WHEN 'SEMINAR_EVENT' THEN CASE WHEN v_p < 0.4 THEN 'JAPANESE_COMPANIES' WHEN v_p < 0.7 THEN 'KEY_OFFICIALS'
                                               ELSE 'GENERAL_PUBLIC' END
                ELSE CASE WHEN v_p < 0.3 THEN NULL WHEN v_p < 0.6 THEN 'GENERAL_PUBLIC' ELSE 'KEY_OFFICIALS' END
            END;
            v_p := random();
            v_tier := CASE v_type
                WHEN 'BUSINESS_VISIT' THEN CASE WHEN v_p < 0.7 THEN 'HIGH' ELSE 'MODERATE' END
                WHEN 'MEDIA' THEN CASE WHEN v_p < 0.5 THEN 'LOW' ELSE 'MODERATE' END
                WHEN 'CULTURAL_EDUCATIONAL' THEN CASE WHEN v_p < 0.6 THEN 'LOW' ELSE 'MODERATE' END
                WHEN 'SISTER_CITY' THEN CASE WHEN v_p < 0.6 THEN 'HIGH' ELSE 'MODERATE' END
                WHEN 'OTHER' THEN CASE WHEN v_p < 0.3 THEN NULL WHEN v_p < 0.6 THEN 'MODERATE' ELSE 'LOW' END
                ELSE CASE WHEN v_p < 0.2 THEN 'LOW' WHEN v_p < 0.7 THEN 'MODERATE' ELSE 'HIGH' END
            END;
            v_participants := CASE v_type
                WHEN 'OFFICIALS_MEETING' THEN 2 + floor(random() * 9)::int
                WHEN 'SEMINAR_EVENT' THEN 5 * (5 + floor(random() * 48)::int)
                WHEN 'BUSINESS_VISIT' THEN 3 + floor(random() * 13)::int
                WHEN 'MEDIA' THEN CASE WHEN random() < 0.5 THEN NULL ELSE 1 + floor(random() * 3)::int END
                WHEN 'CULTURAL_EDUCATIONAL' THEN 5 * (3 + floor(random() * 58)::int)
                WHEN 'SISTER_CITY' THEN 10 + floor(random() * 111)::int
                ELSE 5 + floor(random() * 56)::int
            END;
            v_p := random();
            v_approach := CASE
                WHEN v_type = 'BUSINESS_VISIT' AND v_p < 0.5 THEN 'MANY_JAPANESE_COMPANIES'
                WHEN v_type = 'CULTURAL_EDUCATIONAL' AND v_p < 0.5 THEN 'FEW_JAPANESE_LEARNERS'
                WHEN v_type = 'SISTER_CITY' AND v_p < 0.7 THEN 'LOCAL_EXCHANGE'
                WHEN v_area1 = 'SCIENCE_TECH' AND v_p < 0.4 THEN 'DISTINCTIVE_INDUSTRY_RD'
                WHEN v_p > 0.85 THEN (ARRAY['MANY_JAPANESE_COMPANIES','FEW_JAPANESE_LEARNERS','DISTINCTIVE_INDUSTRY_RD',
                                            'LOCAL_EXCHANGE'])[1 + floor(random() * 4)::int]
            END;

            -- texts
            SELECT txt[1 + floor(random() * array_length(txt, 1))::int] INTO v_counterpart
            FROM demo_tmp_counterpart WHERE atype = v_type AND lang = v_lang;
            IF v_lang = 'ja' THEN
                v_topic := v_topic_ja;
                v_loc := CASE WHEN v_state_kind = 'DISTRICT' THEN 'ワシントンD.C.'
                              WHEN v_city IS NULL THEN v_state_ja
                              ELSE v_city || '（' || v_state_ja || '）' END;
            ELSE
                v_topic := v_topic_en;
                v_loc := CASE WHEN v_state_kind = 'DISTRICT' THEN 'Washington, D.C.'
                              WHEN v_city IS NULL THEN v_state_en
                              ELSE v_city || ', ' || v_state_en END;
            END IF;
            SELECT format(txt, v_loc, v_topic, v_counterpart, coalesce(v_participants, 0)) INTO v_summary
            FROM demo_tmp_tpl WHERE atype = v_type AND lang = v_lang AND kind = 'S'
            ORDER BY variant OFFSET floor(random() * 2)::int LIMIT 1;
            SELECT format(txt, v_loc, v_topic, v_counterpart, coalesce(v_participants, 0)) INTO v_outcome
            FROM demo_tmp_tpl WHERE atype = v_type AND lang = v_lang AND kind = 'O'
            ORDER BY variant OFFSET floor(random() * 2)::int LIMIT 1;
            SELECT txt INTO v_follow
            FROM demo_tmp_tpl WHERE atype = '*' AND lang = v_lang AND kind = 'F'
            ORDER BY variant OFFSET floor(random() * 6)::int LIMIT 1;

            -- status: old reports mostly accepted, recent ones more often draft or waiting for review
            v_age := current_date - v_date;
            v_p := random();
            IF v_age > 90 THEN
                v_status := CASE WHEN v_p < 0.90 THEN 'ACCEPTED' WHEN v_p < 0.93 THEN 'RESUBMITTED'
                                 WHEN v_p < 0.96 THEN 'SUBMITTED' WHEN v_p < 0.98 THEN 'RETURNED' ELSE 'DRAFT' END;
            ELSIF v_age > 30 THEN
                v_status := CASE WHEN v_p < 0.55 THEN 'ACCEPTED' WHEN v_p < 0.70 THEN 'SUBMITTED'
                                 WHEN v_p < 0.78 THEN 'RESUBMITTED' WHEN v_p < 0.88 THEN 'RETURNED' ELSE 'DRAFT' END;
            ELSE
                v_status := CASE WHEN v_p < 0.35 THEN 'DRAFT' WHEN v_p < 0.70 THEN 'SUBMITTED'
                                 WHEN v_p < 0.80 THEN 'RETURNED' WHEN v_p < 0.85 THEN 'RESUBMITTED' ELSE 'ACCEPTED' END;
            END IF;
            -- make sure every status occurs: the latest report of the first five missions has a fixed status
            IF k = m.n_reports AND m.ord <= 5 THEN
                v_status := (ARRAY['DRAFT','SUBMITTED','RETURNED','RESUBMITTED','ACCEPTED'])[m.ord];
            END IF;
            v_via_return := v_status IN ('RETURNED', 'RESUBMITTED') OR (v_status = 'ACCEPTED' AND random() < 0.12);
            -- drafts are often incomplete
            IF v_status = 'DRAFT' THEN
                IF random() < 0.5 THEN v_follow := NULL; END IF;
                IF random() < 0.3 THEN v_outcome := NULL; END IF;
            END IF;
            v_reviewer := CASE WHEN random() < 0.5 THEN v_hq ELSE v_hq2 END;
            v_return_cmt := NULL;
            IF v_via_return THEN
                SELECT txt INTO v_return_cmt FROM demo_tmp_return WHERE lang = v_lang
                ORDER BY variant OFFSET floor(random() * 4)::int LIMIT 1;
            END IF;

            -- timeline: delays in hours from the evening of the activity day, squeezed to end before v_cap
            v_base := v_date + time '17:00';
            d_create := 1 + random() * 40;
            d_submit := CASE WHEN v_status <> 'DRAFT' THEN 2 + random() * 100 ELSE 0 END;
            d_return := CASE WHEN v_via_return THEN 20 + random() * 130 ELSE 0 END;
            d_resubmit := CASE WHEN v_via_return AND v_status <> 'RETURNED' THEN 10 + random() * 80 ELSE 0 END;
            d_accept := CASE WHEN v_status = 'ACCEPTED' THEN 20 + random() * 200 ELSE 0 END;
            v_total := d_create + d_submit + d_return + d_resubmit + d_accept;
            v_avail := extract(epoch FROM (v_cap - v_base)) / 3600.0;
            v_scale := CASE WHEN v_total > v_avail THEN greatest(v_avail, 0) / v_total ELSE 1 END;
            t_create := v_base + d_create * v_scale * interval '1 hour';
            t_submit := t_create + d_submit * v_scale * interval '1 hour';
            t_return := t_submit + d_return * v_scale * interval '1 hour';
            t_resubmit := t_return + d_resubmit * v_scale * interval '1 hour';
            t_accept := t_resubmit + d_accept * v_scale * interval '1 hour';
            t_last := t_accept;  -- zero delays for steps not taken, so this is the last event

            INSERT INTO activity_report (mission_code, state_code, county_id, city, activity_date, activity_type,
                                         audience_code, interest_tier_code, participants, counterpart,
                                         summary, outcome, follow_up, language, initiative_id, status, return_comment,
                                         author_id, last_modified_by_id, submitted_at, reviewed_at, reviewed_by_id,
                                         created_at, updated_at)
            VALUES (m.mission_code, v_state, v_county, v_city, v_date, v_type,
                    v_audience, v_tier, v_participants, v_counterpart,
                    v_summary, v_outcome, v_follow, v_lang, v_init, v_status,
                    CASE WHEN v_status IN ('RETURNED', 'RESUBMITTED') THEN v_return_cmt END,
                    v_author, v_author,
                    CASE WHEN v_status = 'DRAFT' THEN NULL
                         WHEN v_via_return AND v_status <> 'RETURNED' THEN t_resubmit
                         ELSE t_submit END,
                    CASE WHEN v_status = 'ACCEPTED' THEN t_accept WHEN v_status = 'RETURNED' THEN t_return END,
                    CASE WHEN v_status IN ('ACCEPTED', 'RETURNED') THEN v_reviewer END,
                    t_create, t_last)
            RETURNING id INTO v_report;

            -- status history
            INSERT INTO activity_report_transition (report_id, from_status, to_status, actor_id, occurred_at, comment)
            VALUES (v_report, NULL, 'DRAFT', v_author, t_create, NULL);
            IF v_status <> 'DRAFT' THEN
                INSERT INTO activity_report_transition (report_id, from_status, to_status, actor_id, occurred_at, comment)
                VALUES (v_report, 'DRAFT', 'SUBMITTED', v_author, t_submit, NULL);
            END IF;
            IF v_via_return THEN
                INSERT INTO activity_report_transition (report_id, from_status, to_status, actor_id, occurred_at, comment)
                VALUES (v_report, 'SUBMITTED', 'RETURNED', v_reviewer, t_return, v_return_cmt);
                IF v_status <> 'RETURNED' THEN
                    INSERT INTO activity_report_transition (report_id, from_status, to_status, actor_id, occurred_at, comment)
                    VALUES (v_report, 'RETURNED', 'RESUBMITTED', v_author, t_resubmit, NULL);
                END IF;
            END IF;
            IF v_status = 'ACCEPTED' THEN
                INSERT INTO activity_report_transition (report_id, from_status, to_status, actor_id, occurred_at, comment)
                VALUES (v_report, CASE WHEN v_via_return THEN 'RESUBMITTED' ELSE 'SUBMITTED' END, 'ACCEPTED',
                        v_reviewer, t_accept, NULL);
            END IF;

            -- classification
            INSERT INTO activity_report_priority_area (report_id, priority_area_code) VALUES (v_report, v_area1);
            IF v_area2 IS NOT NULL THEN
                INSERT INTO activity_report_priority_area (report_id, priority_area_code) VALUES (v_report, v_area2);
            END IF;
            IF v_sector1 IS NOT NULL THEN
                INSERT INTO activity_report_sector (report_id, sector_code) VALUES (v_report, v_sector1);
            END IF;
            IF v_sector2 IS NOT NULL THEN
                INSERT INTO activity_report_sector (report_id, sector_code) VALUES (v_report, v_sector2);
            END IF;
            IF v_approach IS NOT NULL THEN
                INSERT INTO activity_report_regional_approach (report_id, regional_approach_code) VALUES (v_report, v_approach);
            END IF;

            -- links (fictional pages)
            IF random() < 0.10 THEN
                INSERT INTO activity_report_link (report_id, position, url)
                VALUES (v_report, 1, 'https://example.org/demo/' || lower(m.mission_code) || '/events/'
                                     || to_char(v_date, 'YYYY-MM-DD') || '-' || lower(v_type));
                IF random() < 0.35 THEN
                    INSERT INTO activity_report_link (report_id, position, url)
                    VALUES (v_report, 2, 'https://example.org/demo/' || lower(m.mission_code) || '/photos/'
                                         || to_char(v_date, 'YYYYMMDD'));
                END IF;
            END IF;
        END LOOP;
    END LOOP;

    DROP TABLE demo_tmp_mission, demo_tmp_sector, demo_tmp_awareness, demo_tmp_city, demo_tmp_county_city,
               demo_tmp_counterpart, demo_tmp_tpl, demo_tmp_return, demo_tmp_indicator;

    RAISE NOTICE 'Demo data loaded: % users, % initiatives, % activity reports.',
        (SELECT count(*) FROM app_user WHERE username LIKE 'demo-%'),
        (SELECT count(*) FROM initiative WHERE created_by = 'demo-hq'),
        (SELECT count(*) FROM activity_report ar JOIN app_user u ON u.id = ar.author_id WHERE u.username LIKE 'demo-%');
END
$$;
