-- The plan revision in effect on each activity's date (shared/plan/taxonomy.md: AP-1.0 2017-07-13, AP-3.0
-- 2023-08-04, AP-4.0 2025-12-18): the latest revision adopted on or before the date. Activities before Action
-- Plan 4.0's adoption are then no longer read as if 4.0 already applied. NULL before AP-1.0 (1 January to
-- 12 July 2017). Kept by a trigger whenever the date changes; lists filter by it.
ALTER TABLE activity_report ADD COLUMN plan_revision_code VARCHAR(20);
ALTER TABLE activity_report ADD CONSTRAINT fk_activity_report_to_plan_revision
    FOREIGN KEY (plan_revision_code) REFERENCES plan_revision (code);
CREATE INDEX ix_activity_report_plan_revision ON activity_report (plan_revision_code);

CREATE FUNCTION plan_revision_on(day DATE) RETURNS VARCHAR LANGUAGE sql STABLE AS $$
    SELECT code FROM plan_revision WHERE adopted_on <= day ORDER BY adopted_on DESC LIMIT 1
$$;

CREATE FUNCTION set_activity_report_plan_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.plan_revision_code := plan_revision_on(NEW.activity_date);
    RETURN NEW;
END $$;

CREATE TRIGGER tr_activity_report_plan_revision
BEFORE INSERT OR UPDATE OF activity_date ON activity_report
FOR EACH ROW EXECUTE FUNCTION set_activity_report_plan_revision();

UPDATE activity_report SET plan_revision_code = plan_revision_on(activity_date)
WHERE plan_revision_code IS DISTINCT FROM plan_revision_on(activity_date);
