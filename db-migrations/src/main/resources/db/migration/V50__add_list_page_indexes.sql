-- Indexes for the list pages at volume (1,000,000 reports, 50,000 initiatives; ADR 0009). Each serves a page's
-- ORDER BY ... LIMIT directly (no sort of all matching rows) or lets a capped count stop early.
SET LOCAL maintenance_work_mem = '256MB';

-- /reports: newest activity first, unfiltered or filtered by fiscal year, mission, state or status.
CREATE INDEX ix_activity_report_date_id ON activity_report (activity_date, id);
CREATE INDEX ix_activity_report_mission_date ON activity_report (mission_code, activity_date, id);
CREATE INDEX ix_activity_report_state_date ON activity_report (state_code, activity_date, id);
CREATE INDEX ix_activity_report_status_date ON activity_report (status, activity_date, id);
-- /reports/mine: a mission's newest reports of a status; the calendar's filing counts per mission and period.
CREATE INDEX ix_activity_report_mission_status_date ON activity_report (mission_code, status, activity_date, id);
-- /reports/review: waiting reports, the longest-waiting first.
CREATE INDEX ix_activity_report_waiting ON activity_report (submitted_at, id)
    WHERE status IN ('SUBMITTED', 'RESUBMITTED');

-- /initiatives sorted by title (each language's fallback order), status or fiscal year.
CREATE INDEX ix_initiative_title_ja ON initiative (lower(coalesce(title_ja, title_en)), id);
CREATE INDEX ix_initiative_title_en ON initiative (lower(coalesce(title_en, title_ja)), id);
CREATE INDEX ix_initiative_status_id ON initiative (status, id);
CREATE INDEX ix_initiative_fiscal_year_id ON initiative (fiscal_year, id);

-- /admin/audit filtered by user (the user concerned or the actor) or by event type, newest first.
CREATE INDEX ix_security_audit_event_username_lower ON security_audit_event (lower(username), occurred_at, id);
CREATE INDEX ix_security_audit_event_actor_lower ON security_audit_event (lower(actor), occurred_at, id);
CREATE INDEX ix_security_audit_event_type ON security_audit_event (event_type, occurred_at, id);
