-- The Dashboard: the time zone of each Lightspeed shop, so that "today" and the days of the
-- charts follow the shop's calendar, and covering indexes for the Dashboard's counts, which
-- then read the index only.

CREATE TABLE shop_time_zones (
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    shop_id BIGINT NOT NULL,
    time_zone TEXT NOT NULL, -- IANA name, such as America/Montreal
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (company_id, shop_id)
);

-- Run durations per day and job, and the failed items of today's runs.
CREATE INDEX sync_runs_company_started_outcome ON sync_runs (company_id, started_at, job, result, finished_at, failed);

-- Returns booked per day, without the cancelled ones.
CREATE INDEX returns_company_created_cancelled ON returns (company_id, created_at, cancelled);
