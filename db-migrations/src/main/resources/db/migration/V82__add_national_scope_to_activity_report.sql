-- The Embassy's national role: a report with no state is national (outreach to the federal government and national
-- organisations). It counts in national figures and in no state's. Only missions with national scope (the Embassy,
-- per missions.csv: "Embassy also has national responsibility for the whole US") file them; HQ files them for it.
ALTER TABLE diplomatic_mission ADD COLUMN national_scope BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE diplomatic_mission SET national_scope = TRUE WHERE code = 'EMB-WDC';

ALTER TABLE activity_report ALTER COLUMN state_code DROP NOT NULL;
ALTER TABLE activity_report ADD CONSTRAINT ck_activity_report_national_county
    CHECK (state_code IS NOT NULL OR county_id IS NULL);
CREATE INDEX ix_activity_report_national ON activity_report (activity_date) WHERE state_code IS NULL;
