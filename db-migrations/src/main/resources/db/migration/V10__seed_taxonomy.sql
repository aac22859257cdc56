-- Reference data of Action Plan 4.0, copied from shared/plan/taxonomy.md (codes and labels exactly as there).
-- note_en is copied from taxonomy.md; note_ja is a Japanese rendering of it.

-- Plan revisions. A 2.0 revision existed but its date is not in the material at hand, so it is not seeded.
INSERT INTO plan_revision (code, adopted_on, note_ja, note_en, current) VALUES
    ('AP-1.0', DATE '2017-07-13', '最初の行動計画。「地域の特徴に応じたアプローチ」及び「訴求対象の関心度に応じたアプローチ」を定める', 'the first Action Plan; sets the regional and interest-level approaches', FALSE),
    ('AP-3.0', DATE '2023-08-04', '前回の改訂（行動計画4.0の本文には「2023年8月」とのみあり、日付は外務省の報道発表による）', 'the previous revision (the seed says only "August 2023"; the day is from a MOFA press item)', FALSE),
    ('AP-4.0', DATE '2025-12-18', '現行版。「経済分野での日米協力推進のための重点分野」を定める', 'current; sets the priority areas below', TRUE);

-- Pillars and priority areas (重点分野). GROWTH_COOPERATION is pillar 1 (not a leaf); its three sub-areas are
-- leaves. Pillars 2 and 3 are leaves themselves. Parents are inserted before children.
INSERT INTO priority_area (code, parent_code, plan_number, label_ja, label_en, leaf, sort_order) VALUES
    ('GROWTH_COOPERATION', NULL, '1', '日米両国の経済成長につながる協力', 'Cooperation leading to economic growth in both countries', FALSE, 10),
    ('SCIENCE_TECH', 'GROWTH_COOPERATION', '1(1)', '科学技術・イノベーション', 'Science, technology and innovation', TRUE, 20),
    ('ECONOMIC_SECURITY', 'GROWTH_COOPERATION', '1(2)', '経済安全保障上の戦略分野（含：サプライチェーン協力）', 'Strategic sectors for economic security (incl. supply chains)', TRUE, 30),
    ('ENERGY', 'GROWTH_COOPERATION', '1(3)', 'エネルギー', 'Energy', TRUE, 40),
    ('GROWTH_TALENT', NULL, '2', '成長投資と人材力の強化', 'Growth investment and human capital', TRUE, 50),
    ('PUBLIC_AWARENESS', NULL, '3', '日本の貢献に関する米国民の認知向上', 'American public awareness of Japan''s contribution', TRUE, 60);

-- Sectors and fields named in the plan (分野).
INSERT INTO sector (code, label_ja, label_en, sort_order) VALUES
    ('AI', 'AI（人工知能）', 'Artificial intelligence', 10),
    ('QUANTUM', '量子', 'Quantum', 20),
    ('PHARMA', '医薬品', 'Pharmaceuticals', 30),
    ('BIO', 'バイオ', 'Biotechnology', 40),
    ('SPACE', '宇宙', 'Space', 50),
    ('FUSION', 'フュージョン', 'Fusion energy', 60),
    ('SEMICONDUCTORS', '半導体', 'Semiconductors', 70),
    ('STEEL', '鉄鋼', 'Steel', 80),
    ('SHIPBUILDING', '造船', 'Shipbuilding', 90),
    ('CRITICAL_MINERALS', '重要鉱物', 'Critical minerals', 100),
    ('AVIATION', '航空', 'Aviation', 110),
    ('ENERGY_SECTOR', 'エネルギー', 'Energy', 120),
    ('AUTOMOTIVE', '自動車', 'Automobiles', 130),
    ('NATURAL_GAS', '天然ガス（米国産天然ガスの購入拡大）', 'Natural gas (expanded purchases of U.S. gas)', 140),
    ('STARTUPS', 'スタートアップ振興', 'Startup promotion', 150),
    ('PEOPLE_EXCHANGE', '人材交流', 'People-to-people exchange', 160),
    ('RESEARCH_DEVELOPMENT', '研究開発', 'Research and development', 170),
    ('INDUSTRY_ACADEMIA', '産学連携', 'Industry–academia collaboration', 180);

-- Under which priority areas the plan names each sector ("named under": 1(1) SCIENCE_TECH, 1(2) ECONOMIC_SECURITY,
-- 1(3) ENERGY, 2 GROWTH_TALENT).
INSERT INTO sector_priority_area (sector_code, priority_area_code) VALUES
    ('AI', 'SCIENCE_TECH'),
    ('AI', 'ECONOMIC_SECURITY'),
    ('QUANTUM', 'SCIENCE_TECH'),
    ('QUANTUM', 'ECONOMIC_SECURITY'),
    ('PHARMA', 'SCIENCE_TECH'),
    ('PHARMA', 'ECONOMIC_SECURITY'),
    ('BIO', 'SCIENCE_TECH'),
    ('SPACE', 'SCIENCE_TECH'),
    ('FUSION', 'SCIENCE_TECH'),
    ('SEMICONDUCTORS', 'ECONOMIC_SECURITY'),
    ('STEEL', 'ECONOMIC_SECURITY'),
    ('SHIPBUILDING', 'ECONOMIC_SECURITY'),
    ('CRITICAL_MINERALS', 'ECONOMIC_SECURITY'),
    ('AVIATION', 'ECONOMIC_SECURITY'),
    ('ENERGY_SECTOR', 'ECONOMIC_SECURITY'),
    ('AUTOMOTIVE', 'ECONOMIC_SECURITY'),
    ('NATURAL_GAS', 'ENERGY'),
    ('STARTUPS', 'GROWTH_TALENT'),
    ('PEOPLE_EXCHANGE', 'GROWTH_TALENT'),
    ('RESEARCH_DEVELOPMENT', 'GROWTH_TALENT'),
    ('INDUSTRY_ACADEMIA', 'GROWTH_TALENT');

-- Regional approaches (地域の特徴に応じたアプローチ).
INSERT INTO regional_approach (code, label_ja, label_en, sort_order) VALUES
    ('MANY_JAPANESE_COMPANIES', '進出日本企業数が多い地域', 'Regions with many Japanese companies', 10),
    ('FEW_JAPANESE_LEARNERS', '日本語学習者数が少ない地域', 'Regions with few Japanese-language learners', 20),
    ('DISTINCTIVE_INDUSTRY_RD', '特定の産業分野や研究開発領域などに特色を有する地域', 'Regions distinctive in particular industries or R&D fields', 30),
    ('LOCAL_EXCHANGE', '地方間交流が存在する地域', 'Regions with existing local-to-local exchange', 40);

-- Audience interest tiers (訴求対象の関心度に応じたアプローチ).
INSERT INTO interest_tier (code, label_ja, label_en, sort_order) VALUES
    ('LOW', '現時点で日本への関心度が必ずしも高くない訴求対象', 'Audiences not necessarily interested in Japan at present', 10),
    ('MODERATE', '日本への関心が一定程度ある訴求対象', 'Audiences with some interest in Japan', 20),
    ('HIGH', '日本への関心が高い訴求対象', 'Audiences highly interested in Japan', 30);

-- Audiences (訴求対象) named in the plan; administrators may add more.
INSERT INTO audience (code, label_ja, label_en, sort_order) VALUES
    ('KEY_OFFICIALS', '連邦・州・地方議会及び政府関係者等の要路', 'Key persons in federal, state and local legislatures and governments', 10),
    ('GENERAL_PUBLIC', '米国の一般市民（グラスルーツ）', 'The American public (grassroots)', 20),
    ('JAPANESE_COMPANIES', '全米各地で活動する日系企業', 'Japanese companies active across the U.S.', 30);
