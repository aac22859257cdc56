-- Dashboards filter by the plan revision in effect on each activity's date (V83). The tally gains the revision as
-- part of its key: a month holds at most two revisions (adoption days fall mid-month), so the tally stays small.
-- The composite type report_tally gains the column at its end; the functions that build its rows are replaced.
ALTER TABLE report_tally ADD COLUMN plan_revision_code VARCHAR(20);
ALTER TABLE report_tally DROP CONSTRAINT uq_report_tally;
ALTER TABLE report_tally ADD CONSTRAINT uq_report_tally UNIQUE NULLS NOT DISTINCT
    (dimension, status, activity_month, mission_code, state_code, dimension_code, plan_revision_code);

CREATE OR REPLACE FUNCTION report_tally_apply(deltas report_tally[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO report_tally AS t (activity_month, mission_code, state_code, status, dimension, dimension_code, reports,
                                   plan_revision_code)
    SELECT d.activity_month, d.mission_code, d.state_code, d.status, d.dimension, d.dimension_code, sum(d.reports),
           d.plan_revision_code
    FROM unnest(deltas) AS d
    GROUP BY d.dimension, d.status, d.activity_month, d.mission_code, d.state_code, d.dimension_code,
             d.plan_revision_code
    HAVING sum(d.reports) <> 0
    ORDER BY d.dimension, d.status, d.activity_month, d.mission_code, d.state_code NULLS FIRST,
             d.dimension_code NULLS FIRST, d.plan_revision_code NULLS FIRST
    ON CONFLICT ON CONSTRAINT uq_report_tally DO UPDATE SET reports = t.reports + excluded.reports
$$;

CREATE OR REPLACE FUNCTION report_tally_rows(r activity_report, sign INTEGER) RETURNS report_tally[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY[
        ROW(date_trunc('month', r.activity_date)::date, r.mission_code, r.state_code, r.status, 'ALL', NULL, sign,
            r.plan_revision_code)::report_tally,
        ROW(date_trunc('month', r.activity_date)::date, r.mission_code, r.state_code, r.status, 'TIER',
            r.interest_tier_code, sign, r.plan_revision_code)::report_tally,
        ROW(date_trunc('month', r.activity_date)::date, r.mission_code, r.state_code, r.status, 'AUDIENCE',
            r.audience_code, sign, r.plan_revision_code)::report_tally]
$$;

CREATE OR REPLACE FUNCTION report_tally_area_rows(r activity_report, sign INTEGER) RETURNS report_tally[]
LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(ROW(date_trunc('month', r.activity_date)::date, r.mission_code, r.state_code, r.status,
                                  'AREA', a.priority_area_code, sign, r.plan_revision_code)::report_tally), '{}')
    FROM activity_report_priority_area a WHERE a.report_id = r.id
$$;

CREATE OR REPLACE FUNCTION report_tally_on_report() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM report_tally_apply(report_tally_rows(NEW, 1));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM report_tally_apply(report_tally_rows(OLD, -1));
    ELSIF (OLD.activity_date, OLD.mission_code, OLD.state_code, OLD.status, OLD.interest_tier_code, OLD.audience_code,
           OLD.plan_revision_code)
          IS DISTINCT FROM
          (NEW.activity_date, NEW.mission_code, NEW.state_code, NEW.status, NEW.interest_tier_code, NEW.audience_code,
           NEW.plan_revision_code) THEN
        IF (date_trunc('month', OLD.activity_date), OLD.mission_code, OLD.state_code, OLD.status, OLD.plan_revision_code)
           IS DISTINCT FROM
           (date_trunc('month', NEW.activity_date), NEW.mission_code, NEW.state_code, NEW.status, NEW.plan_revision_code)
        THEN
            PERFORM report_tally_apply(report_tally_rows(OLD, -1) || report_tally_rows(NEW, 1)
                                       || report_tally_area_rows(OLD, -1) || report_tally_area_rows(NEW, 1));
        ELSE
            PERFORM report_tally_apply(report_tally_rows(OLD, -1) || report_tally_rows(NEW, 1));
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION report_tally_on_area() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    deltas report_tally[] := '{}';
    r activity_report;
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        SELECT * INTO r FROM activity_report WHERE id = OLD.report_id;
        IF FOUND THEN
            deltas := deltas || ROW(date_trunc('month', r.activity_date)::date, r.mission_code, r.state_code,
                                    r.status, 'AREA', OLD.priority_area_code, -1, r.plan_revision_code)::report_tally;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT * INTO r FROM activity_report WHERE id = NEW.report_id;
        deltas := deltas || ROW(date_trunc('month', r.activity_date)::date, r.mission_code, r.state_code,
                                r.status, 'AREA', NEW.priority_area_code, 1, r.plan_revision_code)::report_tally;
    END IF;
    PERFORM report_tally_apply(deltas);
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION rebuild_report_summaries() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    written bigint;
BEGIN
    LOCK TABLE report_tally IN EXCLUSIVE MODE;
    DELETE FROM report_tally;
    INSERT INTO report_tally (activity_month, mission_code, state_code, status, dimension, dimension_code, reports,
                              plan_revision_code)
    SELECT date_trunc('month', r.activity_date)::date, r.mission_code, r.state_code, r.status, d.dimension, d.code,
           count(*), r.plan_revision_code
    FROM activity_report r
    CROSS JOIN LATERAL (VALUES ('ALL', NULL::varchar), ('TIER', r.interest_tier_code), ('AUDIENCE', r.audience_code))
         AS d(dimension, code)
    GROUP BY 1, 2, 3, 4, 5, 6, 8;
    INSERT INTO report_tally (activity_month, mission_code, state_code, status, dimension, dimension_code, reports,
                              plan_revision_code)
    SELECT date_trunc('month', r.activity_date)::date, r.mission_code, r.state_code, r.status, 'AREA',
           a.priority_area_code, count(*), r.plan_revision_code
    FROM activity_report r JOIN activity_report_priority_area a ON a.report_id = r.id
    GROUP BY 1, 2, 3, 4, 6, 8;
    SELECT count(*) INTO written FROM report_tally;
    RETURN written;
END
$$;

SELECT rebuild_report_summaries();
