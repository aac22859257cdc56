-- Deadlines in the mission's own time zone (ADR 0012): a period's due date ends at midnight where the mission is.
-- Zones are the IANA zones of the missions' cities in shared/plan/missions.csv.
ALTER TABLE diplomatic_mission ADD COLUMN time_zone VARCHAR(40);
UPDATE diplomatic_mission SET time_zone = z.zone
FROM (VALUES
    ('EMB-WDC', 'America/New_York'),     -- Washington, DC
    ('CG-ATL', 'America/New_York'),      -- Atlanta, GA
    ('CG-BOS', 'America/New_York'),      -- Boston, MA
    ('CG-CHI', 'America/Chicago'),       -- Chicago, IL
    ('CG-DEN', 'America/Denver'),        -- Denver, CO
    ('CG-DTW', 'America/Detroit'),       -- Detroit, MI
    ('CG-HGT', 'Pacific/Guam'),          -- Hagatna, GU
    ('CO-SPN', 'Pacific/Saipan'),        -- Saipan, MP
    ('CG-HNL', 'Pacific/Honolulu'),      -- Honolulu, HI
    ('CG-HOU', 'America/Chicago'),       -- Houston, TX
    ('CG-LAX', 'America/Los_Angeles'),   -- Los Angeles, CA
    ('CG-MIA', 'America/New_York'),      -- Miami, FL
    ('CG-BNA', 'America/Chicago'),       -- Nashville, TN
    ('CG-NYC', 'America/New_York'),      -- New York, NY
    ('CO-PDX', 'America/Los_Angeles'),   -- Portland, OR
    ('CG-SFO', 'America/Los_Angeles'),   -- San Francisco, CA
    ('CG-SEA', 'America/Los_Angeles'),   -- Seattle, WA
    ('CO-ANC', 'America/Anchorage')      -- Anchorage, AK
) AS z (code, zone)
WHERE diplomatic_mission.code = z.code;
ALTER TABLE diplomatic_mission ALTER COLUMN time_zone SET NOT NULL;
ALTER TABLE diplomatic_mission ADD CONSTRAINT ck_diplomatic_mission_time_zone CHECK (time_zone ~ '^[A-Za-z_]+/[A-Za-z_/]+$');

-- When each mission first filed for each period: the first moment a report of the mission dated in the period
-- reached SUBMITTED, RESUBMITTED or ACCEPTED. Kept by a trigger on activity_report, so no later filing,
-- return or edit changes it; on time / late / missing is decided against the deadline from this moment.
CREATE TABLE reporting_filing (
    mission_code    VARCHAR(10) NOT NULL,
    period_id       BIGINT      NOT NULL,
    first_filed_at  TIMESTAMPTZ NOT NULL,
    first_report_id BIGINT,
    CONSTRAINT pk_reporting_filing PRIMARY KEY (mission_code, period_id),
    CONSTRAINT fk_reporting_filing_to_mission FOREIGN KEY (mission_code) REFERENCES diplomatic_mission (code),
    CONSTRAINT fk_reporting_filing_to_period FOREIGN KEY (period_id) REFERENCES reporting_period (id) ON DELETE CASCADE,
    CONSTRAINT fk_reporting_filing_to_report FOREIGN KEY (first_report_id) REFERENCES activity_report (id) ON DELETE SET NULL
);
CREATE INDEX ix_reporting_filing_period ON reporting_filing (period_id);

CREATE FUNCTION record_reporting_filing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO reporting_filing (mission_code, period_id, first_filed_at, first_report_id)
    SELECT NEW.mission_code, p.id, coalesce(NEW.submitted_at, now()), NEW.id
    FROM reporting_period p
    WHERE NEW.activity_date BETWEEN p.starts_on AND p.ends_on
    ON CONFLICT (mission_code, period_id) DO UPDATE
        SET first_filed_at = EXCLUDED.first_filed_at, first_report_id = EXCLUDED.first_report_id
        WHERE EXCLUDED.first_filed_at < reporting_filing.first_filed_at;
    RETURN NULL;
END $$;

CREATE TRIGGER tr_activity_report_filing
AFTER INSERT OR UPDATE OF status, activity_date, submitted_at ON activity_report
FOR EACH ROW WHEN (NEW.status IN ('SUBMITTED', 'RESUBMITTED', 'ACCEPTED'))
EXECUTE FUNCTION record_reporting_filing();

-- Reports filed before this migration: the first SUBMITTED transition, else the report's submitted_at.
INSERT INTO reporting_filing (mission_code, period_id, first_filed_at, first_report_id)
SELECT DISTINCT ON (r.mission_code, p.id) r.mission_code, p.id,
       coalesce((SELECT min(t.occurred_at) FROM activity_report_transition t
                 WHERE t.report_id = r.id AND t.to_status = 'SUBMITTED'), r.submitted_at, r.updated_at),
       r.id
FROM activity_report r
JOIN reporting_period p ON r.activity_date BETWEEN p.starts_on AND p.ends_on
WHERE r.status IN ('SUBMITTED', 'RESUBMITTED', 'ACCEPTED')
ORDER BY r.mission_code, p.id,
         coalesce((SELECT min(t.occurred_at) FROM activity_report_transition t
                   WHERE t.report_id = r.id AND t.to_status = 'SUBMITTED'), r.submitted_at, r.updated_at);
