-- Exports prepared in the background: the request, its progress and the finished file, kept in the database in
-- chunks of about a megabyte so that any node can serve it and no node holds a whole file in memory.
CREATE TABLE export_job (
    id             UUID         NOT NULL,
    requested_by   VARCHAR(60)  NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    parameters     TEXT         NOT NULL,
    period_label   VARCHAR(200) NOT NULL,
    language       VARCHAR(5)   NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    bytes_written  BIGINT       NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    finished_at    TIMESTAMPTZ,
    CONSTRAINT pk_export_job PRIMARY KEY (id),
    CONSTRAINT fk_export_job_to_app_user FOREIGN KEY (requested_by) REFERENCES app_user (username) ON DELETE CASCADE,
    CONSTRAINT ck_export_job_kind CHECK (kind IN ('PROGRESS_PDF', 'PROGRESS_XLSX', 'REPORTS_CSV', 'INITIATIVES_CSV')),
    CONSTRAINT ck_export_job_status CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT ck_export_job_language CHECK (language IN ('ja', 'en')),
    CONSTRAINT ck_export_job_bytes CHECK (bytes_written >= 0),
    CONSTRAINT ck_export_job_finished CHECK ((status = 'RUNNING') = (finished_at IS NULL))
);
CREATE INDEX ix_export_job_requested_by ON export_job (requested_by, created_at DESC);
CREATE INDEX ix_export_job_created_at ON export_job (created_at);

CREATE TABLE export_job_chunk (
    job_id    UUID    NOT NULL,
    position  INTEGER NOT NULL,
    bytes     BYTEA   NOT NULL,
    CONSTRAINT pk_export_job_chunk PRIMARY KEY (job_id, position),
    CONSTRAINT fk_export_job_chunk_to_export_job FOREIGN KEY (job_id) REFERENCES export_job (id) ON DELETE CASCADE,
    CONSTRAINT ck_export_job_chunk_position CHECK (position >= 0)
);
