-- Back-office data that the sync jobs read and write: products, the stock ledger, orders and
-- returns, listings (product to Lightspeed item), checkpoints, and the sync history.
-- Money and quantities are Decimal units of 10^-8 (BIGINT); times are UTC milliseconds.

CREATE TABLE products (
    id {{PK}},
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    upc TEXT NOT NULL DEFAULT '',
    ean TEXT NOT NULL DEFAULT '',
    manufacturer_sku TEXT NOT NULL DEFAULT '',
    price BIGINT NOT NULL DEFAULT 0,
    cost BIGINT NOT NULL DEFAULT 0,
    -- Comparable forms of the identifiers (SkuMatcher::normalized), kept for indexed matching.
    sku_key TEXT NOT NULL,
    upc_key TEXT NOT NULL DEFAULT '',
    ean_key TEXT NOT NULL DEFAULT '',
    manufacturer_sku_key TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE UNIQUE INDEX products_company_sku_unique ON products (company_id, sku_key);
CREATE INDEX products_company_upc ON products (company_id, upc_key);
CREATE INDEX products_company_ean ON products (company_id, ean_key);
CREATE INDEX products_company_manufacturer_sku ON products (company_id, manufacturer_sku_key);
CREATE INDEX products_company_name ON products (company_id, name);

-- The quantity of a product in a warehouse is the sum of its moves; stock_levels keeps that
-- sum, updated in the same transaction as each move.
CREATE TABLE stock_moves (
    id {{PK}},
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    product_id BIGINT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    warehouse_id BIGINT NOT NULL REFERENCES warehouses (id),
    quantity BIGINT NOT NULL,
    reason TEXT NOT NULL,
    order_id BIGINT,
    order_line_id BIGINT,
    return_id BIGINT,
    note TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);

CREATE INDEX stock_moves_product_warehouse ON stock_moves (product_id, warehouse_id);
CREATE INDEX stock_moves_order ON stock_moves (order_id);

CREATE TABLE stock_levels (
    product_id BIGINT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    warehouse_id BIGINT NOT NULL REFERENCES warehouses (id),
    quantity BIGINT NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (product_id, warehouse_id)
);

CREATE INDEX stock_levels_warehouse ON stock_levels (warehouse_id);

CREATE TABLE customers (
    id {{PK}},
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    lightspeed_customer_id BIGINT NOT NULL,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    placeholder INTEGER NOT NULL DEFAULT 0
);

-- lightspeed_customer_id 0 is the company's placeholder customer.
CREATE UNIQUE INDEX customers_company_lightspeed_unique ON customers (company_id, lightspeed_customer_id);

CREATE TABLE orders (
    id {{PK}},
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    sale_id BIGINT NOT NULL,
    shop_id BIGINT NOT NULL DEFAULT 0,
    register_id BIGINT NOT NULL DEFAULT 0,
    employee_id BIGINT NOT NULL DEFAULT 0,
    customer_id BIGINT REFERENCES customers (id),
    status TEXT NOT NULL,
    reference_number TEXT NOT NULL DEFAULT '',
    ticket_number TEXT NOT NULL DEFAULT '',
    subtotal BIGINT NOT NULL DEFAULT 0,
    discount BIGINT NOT NULL DEFAULT 0,
    tax BIGINT NOT NULL DEFAULT 0,
    total BIGINT NOT NULL DEFAULT 0,
    has_unmatched_lines INTEGER NOT NULL DEFAULT 0,
    has_returns INTEGER NOT NULL DEFAULT 0,
    completed_at BIGINT,
    sale_updated_at BIGINT,
    imported_at BIGINT NOT NULL,
    cancelled_at BIGINT
);

CREATE UNIQUE INDEX orders_company_sale_unique ON orders (company_id, sale_id);
CREATE INDEX orders_company_completed ON orders (company_id, completed_at);

CREATE TABLE order_lines (
    id {{PK}},
    order_id BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    sale_line_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL DEFAULT 0,
    product_id BIGINT REFERENCES products (id) ON DELETE SET NULL,
    parent_sale_line_id BIGINT NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '',
    quantity BIGINT NOT NULL,
    unit_price BIGINT NOT NULL DEFAULT 0,
    subtotal BIGINT NOT NULL DEFAULT 0,
    discount BIGINT NOT NULL DEFAULT 0,
    tax BIGINT NOT NULL DEFAULT 0,
    total BIGINT NOT NULL DEFAULT 0,
    unmatched INTEGER NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX order_lines_order_sale_line_unique ON order_lines (order_id, sale_line_id);
CREATE INDEX order_lines_sale_line ON order_lines (sale_line_id);
CREATE INDEX order_lines_unmatched_item ON order_lines (unmatched, item_id);

CREATE TABLE order_payments (
    id {{PK}},
    order_id BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    payment_id BIGINT NOT NULL DEFAULT 0,
    payment_type TEXT NOT NULL DEFAULT '',
    amount BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX order_payments_order ON order_payments (order_id);

CREATE TABLE returns (
    id {{PK}},
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    order_id BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    order_line_id BIGINT NOT NULL REFERENCES order_lines (id) ON DELETE CASCADE,
    original_order_line_id BIGINT,
    product_id BIGINT REFERENCES products (id) ON DELETE SET NULL,
    warehouse_id BIGINT REFERENCES warehouses (id),
    quantity BIGINT NOT NULL,
    amount BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    cancelled INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX returns_company_created ON returns (company_id, created_at);
CREATE INDEX returns_order ON returns (order_id);
CREATE UNIQUE INDEX returns_order_line_unique ON returns (order_line_id);

CREATE TABLE listings (
    id {{PK}},
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    product_id BIGINT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    enabled INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'not_listed',
    item_id BIGINT NOT NULL DEFAULT 0,
    system_sku TEXT NOT NULL DEFAULT '',
    custom_sku TEXT NOT NULL DEFAULT '',
    upc TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    candidate_item_ids TEXT NOT NULL DEFAULT '',
    posted_name TEXT NOT NULL DEFAULT '',
    posted_price BIGINT NOT NULL DEFAULT 0,
    posted_cost BIGINT NOT NULL DEFAULT 0,
    published_quantity BIGINT,
    item_shop_timestamp BIGINT,
    updated_at BIGINT NOT NULL
);

CREATE UNIQUE INDEX listings_product_unique ON listings (product_id);
CREATE INDEX listings_company_item ON listings (company_id, item_id);
CREATE INDEX listings_company_state ON listings (company_id, state);

-- Progress markers of incremental jobs, such as the updatetime of the last imported sale.
CREATE TABLE sync_checkpoints (
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    job TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (company_id, job)
);

CREATE TABLE sync_runs (
    id {{PK}},
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    job TEXT NOT NULL,
    run_trigger TEXT NOT NULL,
    result TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    finished_at BIGINT,
    fetched INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    drips_used BIGINT NOT NULL DEFAULT 0,
    message TEXT NOT NULL DEFAULT ''
);

CREATE INDEX sync_runs_started ON sync_runs (started_at);
CREATE INDEX sync_runs_company_started ON sync_runs (company_id, started_at);
CREATE INDEX sync_runs_company_job_started ON sync_runs (company_id, job, started_at);

CREATE TABLE sync_events (
    id {{PK}},
    run_id BIGINT NOT NULL REFERENCES sync_runs (id) ON DELETE CASCADE,
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    level TEXT NOT NULL,
    entity TEXT NOT NULL DEFAULT '',
    lightspeed_id TEXT NOT NULL DEFAULT '',
    local_id BIGINT NOT NULL DEFAULT 0,
    http_status INTEGER NOT NULL DEFAULT 0,
    message TEXT NOT NULL DEFAULT '',
    retryable INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX sync_events_run ON sync_events (run_id, id);
CREATE INDEX sync_events_company_at ON sync_events (company_id, at);

-- Items a job skips until the admin asks for a retry: the permanent failures of earlier runs.
CREATE TABLE sync_holds (
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    job TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    event_id BIGINT REFERENCES sync_events (id) ON DELETE SET NULL,
    reason TEXT NOT NULL DEFAULT '',
    since BIGINT NOT NULL,
    PRIMARY KEY (company_id, job, entity_key)
);
