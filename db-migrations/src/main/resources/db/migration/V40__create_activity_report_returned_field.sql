-- The reviewed fields of a report as they stood when HQ returned it (or an administrator reopened it), so that
-- the reviewer sees what the mission changed before resubmitting. Replaced at every return.
CREATE TABLE activity_report_returned_field (
    report_id   BIGINT      NOT NULL,
    field       VARCHAR(40) NOT NULL,
    field_value TEXT        NOT NULL,
    CONSTRAINT pk_activity_report_returned_field PRIMARY KEY (report_id, field),
    CONSTRAINT fk_activity_report_returned_field_to_report FOREIGN KEY (report_id) REFERENCES activity_report (id) ON DELETE CASCADE
);
