-- A target's unit in both languages, like its indicator ("15 件" on the Japanese page, "15 items" on the
-- English one). The one unit column becomes unit_en, or unit_ja where it is written in Japanese.
ALTER TABLE initiative_target RENAME COLUMN unit TO unit_en;
ALTER TABLE initiative_target ADD COLUMN unit_ja VARCHAR(50);
UPDATE initiative_target SET unit_ja = unit_en, unit_en = NULL
 WHERE unit_en ~ '[ぁ-んァ-ヶー一-龯々〆]';

ALTER TABLE initiative_target_aud RENAME COLUMN unit TO unit_en;
ALTER TABLE initiative_target_aud ADD COLUMN unit_ja VARCHAR(50);
UPDATE initiative_target_aud SET unit_ja = unit_en, unit_en = NULL
 WHERE unit_en ~ '[ぁ-んァ-ヶー一-龯々〆]';
