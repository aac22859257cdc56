-- The mission dashboard's reporting rate and timeliness read a mission's reports of one fiscal year by date,
-- with status and submission time from the index alone (ADR 0010).
CREATE INDEX ix_activity_report_mission_filing ON activity_report (mission_code, activity_date) INCLUDE (status, submitted_at);
-- A state page's latest accepted reports, newest first. Issue 9's V50 creates the same index for the report list;
-- IF NOT EXISTS keeps this migration valid with or without it.
CREATE INDEX IF NOT EXISTS ix_activity_report_state_date ON activity_report (state_code, activity_date, id);
