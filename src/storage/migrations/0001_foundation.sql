-- Companies, their warehouses and the non-secret Lightspeed settings of each company.
-- Times are UTC milliseconds since the Unix epoch; booleans are 0 or 1.

CREATE TABLE schema_info (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE companies (
    id {{PK}},
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE UNIQUE INDEX companies_name_unique ON companies (name);

CREATE TABLE warehouses (
    id {{PK}},
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    name TEXT NOT NULL
);

CREATE UNIQUE INDEX warehouses_company_name_unique ON warehouses (company_id, name);

CREATE TABLE integration_settings (
    company_id BIGINT PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,
    pos_enabled INTEGER NOT NULL DEFAULT 0,
    client_id TEXT NOT NULL DEFAULT '',
    account_id TEXT NOT NULL DEFAULT '',
    shop_name TEXT NOT NULL DEFAULT '',
    shop_id BIGINT NOT NULL DEFAULT 0,
    employee_id TEXT NOT NULL DEFAULT '',
    employee_name TEXT NOT NULL DEFAULT '',
    redirect_uri TEXT NOT NULL DEFAULT '',
    token_received_at BIGINT,
    returns_warehouse_id BIGINT REFERENCES warehouses (id),
    order_download_enabled INTEGER NOT NULL DEFAULT 0,
    inventory_upload_enabled INTEGER NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL
);
