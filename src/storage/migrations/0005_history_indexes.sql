-- Indexes behind the Sync History and Orders pages. Each page query filters on equality columns
-- and then walks one range of the time column newest first, so every filter combination gets an
-- index whose last columns are (time, id): a page then reads only its own rows. The explicit id
-- lets PostgreSQL walk the index in (time, id) order; SQLite appends the rowid anyway.

CREATE INDEX sync_runs_job_started ON sync_runs (job, started_at, id);
CREATE INDEX sync_runs_result_started ON sync_runs (result, started_at, id);
CREATE INDEX sync_runs_company_result_started ON sync_runs (company_id, result, started_at, id);
CREATE INDEX sync_runs_job_result_started ON sync_runs (job, result, started_at, id);
CREATE INDEX sync_runs_company_job_result_started ON sync_runs (company_id, job, result, started_at, id);

-- Deleting events (history retention) sets sync_holds.event_id to NULL; without this index each
-- deleted event would scan the holds table.
CREATE INDEX sync_holds_event ON sync_holds (event_id);

CREATE INDEX orders_company_status_completed ON orders (company_id, status, completed_at, id);
CREATE INDEX orders_company_unmatched_completed ON orders (company_id, has_unmatched_lines, completed_at, id);
CREATE INDEX orders_company_reference ON orders (company_id, reference_number);
CREATE INDEX orders_company_ticket ON orders (company_id, ticket_number);
