-- The token of the form that created an initiative: a repeated POST of the same form (a double click, a resend
-- after an outage) finds the initiative already made instead of creating a second one.
ALTER TABLE initiative ADD COLUMN submission_token UUID;
ALTER TABLE initiative ADD CONSTRAINT uq_initiative_submission_token UNIQUE (submission_token);
