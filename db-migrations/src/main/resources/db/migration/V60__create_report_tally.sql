-- Dashboard figures kept ahead of the request (ADR 0010). report_tally holds, per calendar month of the activity
-- date, mission, state and status, the number of reports in total (dimension ALL) and split by priority area
-- (AREA), interest tier (TIER) and audience (AUDIENCE). Fiscal years and quarters are whole months, so every
-- period of the dashboards is a range of months.
--
-- Triggers keep it exact in the same transaction as every change of activity_report and of
-- activity_report_priority_area (insert, status change, move to another state, month or mission, delete, bulk
-- import), whatever path the change takes. Each trigger invocation adds its deltas in one
-- INSERT ... ON CONFLICT DO UPDATE, keys sorted, so concurrent writers lock tally rows in the same order.
-- A NULL state_code is a report with no state (a national report); NULL dimension_code is "not given" (and the
-- single row of dimension ALL).
CREATE TABLE report_tally (
    activity_month  DATE        NOT NULL,
    mission_code    VARCHAR(10) NOT NULL,
    state_code      VARCHAR(2),
    status          VARCHAR(20) NOT NULL,
    dimension       VARCHAR(10) NOT NULL,
    dimension_code  VARCHAR(40),
    reports         BIGINT      NOT NULL,
    CONSTRAINT uq_report_tally UNIQUE NULLS NOT DISTINCT
        (dimension, status, activity_month, mission_code, state_code, dimension_code),
    CONSTRAINT ck_report_tally_dimension CHECK (dimension IN ('ALL', 'AREA', 'TIER', 'AUDIENCE')),
    CONSTRAINT ck_report_tally_month CHECK (activity_month = date_trunc('month', activity_month)::date)
);
CREATE INDEX ix_report_tally_state ON report_tally (state_code, dimension, status, activity_month);
CREATE INDEX ix_report_tally_mission ON report_tally (mission_code, dimension, status, activity_month);

-- Adds the deltas (one row per key, any order) to report_tally in a fixed key order.
CREATE FUNCTION report_tally_apply(deltas report_tally[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO report_tally AS t (activity_month, mission_code, state_code, status, dimension, dimension_code, reports)
    SELECT d.activity_month, d.mission_code, d.state_code, d.status, d.dimension, d.dimension_code, sum(d.reports)
    FROM unnest(deltas) AS d
    GROUP BY d.dimension, d.status, d.activity_month, d.mission_code, d.state_code, d.dimension_code
    HAVING sum(d.reports) <> 0
    ORDER BY d.dimension, d.status, d.activity_month, d.mission_code, d.state_code NULLS FIRST,
             d.dimension_code NULLS FIRST
    ON CONFLICT ON CONSTRAINT uq_report_tally DO UPDATE SET reports = t.reports + excluded.reports
$$;

-- The report-level rows (ALL, TIER, AUDIENCE) of one report, with sign +1 or -1.
CREATE FUNCTION report_tally_rows(r activity_report, sign INTEGER) RETURNS report_tally[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY[
        ROW(date_trunc('month', r.activity_date)::date, r.mission_code, r.state_code, r.status, 'ALL', NULL, sign)::report_tally,
        ROW(date_trunc('month', r.activity_date)::date, r.mission_code, r.state_code, r.status, 'TIER', r.interest_tier_code, sign)::report_tally,
        ROW(date_trunc('month', r.activity_date)::date, r.mission_code, r.state_code, r.status, 'AUDIENCE', r.audience_code, sign)::report_tally]
$$;

-- The AREA rows of one report as its priority areas stand now, with sign +1 or -1.
CREATE FUNCTION report_tally_area_rows(r activity_report, sign INTEGER) RETURNS report_tally[] LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(ROW(date_trunc('month', r.activity_date)::date, r.mission_code, r.state_code, r.status,
                                  'AREA', a.priority_area_code, sign)::report_tally), '{}')
    FROM activity_report_priority_area a WHERE a.report_id = r.id
$$;

CREATE FUNCTION report_tally_on_report() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM report_tally_apply(report_tally_rows(NEW, 1));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM report_tally_apply(report_tally_rows(OLD, -1));
    ELSIF (OLD.activity_date, OLD.mission_code, OLD.state_code, OLD.status, OLD.interest_tier_code, OLD.audience_code)
          IS DISTINCT FROM
          (NEW.activity_date, NEW.mission_code, NEW.state_code, NEW.status, NEW.interest_tier_code, NEW.audience_code) THEN
        IF (date_trunc('month', OLD.activity_date), OLD.mission_code, OLD.state_code, OLD.status) IS DISTINCT FROM
           (date_trunc('month', NEW.activity_date), NEW.mission_code, NEW.state_code, NEW.status) THEN
            PERFORM report_tally_apply(report_tally_rows(OLD, -1) || report_tally_rows(NEW, 1)
                                       || report_tally_area_rows(OLD, -1) || report_tally_area_rows(NEW, 1));
        ELSE
            PERFORM report_tally_apply(report_tally_rows(OLD, -1) || report_tally_rows(NEW, 1));
        END IF;
    END IF;
    RETURN NULL;
END
$$;

-- A report's priority areas are counted through its current row, so they are removed before the report itself
-- (instead of by the ON DELETE CASCADE, which runs when the report row is gone).
CREATE FUNCTION report_tally_before_report_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM activity_report_priority_area WHERE report_id = OLD.id;
    RETURN OLD;
END
$$;

CREATE FUNCTION report_tally_on_area() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    deltas report_tally[] := '{}';
    r activity_report;
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        SELECT * INTO r FROM activity_report WHERE id = OLD.report_id;
        IF FOUND THEN
            deltas := deltas || ROW(date_trunc('month', r.activity_date)::date, r.mission_code, r.state_code,
                                    r.status, 'AREA', OLD.priority_area_code, -1)::report_tally;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT * INTO r FROM activity_report WHERE id = NEW.report_id;
        deltas := deltas || ROW(date_trunc('month', r.activity_date)::date, r.mission_code, r.state_code,
                                r.status, 'AREA', NEW.priority_area_code, 1)::report_tally;
    END IF;
    PERFORM report_tally_apply(deltas);
    RETURN NULL;
END
$$;

CREATE TRIGGER report_tally_report AFTER INSERT OR UPDATE OR DELETE ON activity_report
    FOR EACH ROW EXECUTE FUNCTION report_tally_on_report();
CREATE TRIGGER report_tally_report_delete BEFORE DELETE ON activity_report
    FOR EACH ROW EXECUTE FUNCTION report_tally_before_report_delete();
CREATE TRIGGER report_tally_area AFTER INSERT OR UPDATE OR DELETE ON activity_report_priority_area
    FOR EACH ROW EXECUTE FUNCTION report_tally_on_area();

-- Recomputes every tally from the raw rows, e.g. after a bulk load that ran with the triggers disabled
-- (ALTER TABLE activity_report DISABLE TRIGGER USER; ... ; ENABLE TRIGGER USER; SELECT rebuild_report_summaries();).
CREATE FUNCTION rebuild_report_summaries() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    written bigint;
BEGIN
    LOCK TABLE report_tally IN EXCLUSIVE MODE;
    DELETE FROM report_tally;
    INSERT INTO report_tally (activity_month, mission_code, state_code, status, dimension, dimension_code, reports)
    SELECT date_trunc('month', r.activity_date)::date, r.mission_code, r.state_code, r.status, d.dimension, d.code, count(*)
    FROM activity_report r
    CROSS JOIN LATERAL (VALUES ('ALL', NULL::varchar), ('TIER', r.interest_tier_code), ('AUDIENCE', r.audience_code))
         AS d(dimension, code)
    GROUP BY 1, 2, 3, 4, 5, 6;
    INSERT INTO report_tally (activity_month, mission_code, state_code, status, dimension, dimension_code, reports)
    SELECT date_trunc('month', r.activity_date)::date, r.mission_code, r.state_code, r.status, 'AREA', a.priority_area_code, count(*)
    FROM activity_report r JOIN activity_report_priority_area a ON a.report_id = r.id
    GROUP BY 1, 2, 3, 4, 6;
    SELECT count(*) INTO written FROM report_tally;
    RETURN written;
END
$$;

SELECT rebuild_report_summaries();
