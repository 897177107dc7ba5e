-- Sync options and the Advanced endpoints of the Lightspeed settings.

ALTER TABLE integration_settings ADD COLUMN selling_warehouse_id BIGINT REFERENCES warehouses (id);
ALTER TABLE integration_settings ADD COLUMN sku_matching_order TEXT NOT NULL DEFAULT 'customSku,upc,ean';
ALTER TABLE integration_settings ADD COLUMN safety_buffer BIGINT NOT NULL DEFAULT 0;
ALTER TABLE integration_settings ADD COLUMN order_download_interval_s INTEGER NOT NULL DEFAULT 60;
ALTER TABLE integration_settings ADD COLUMN inventory_upload_interval_s INTEGER NOT NULL DEFAULT 300;
ALTER TABLE integration_settings ADD COLUMN posting_interval_s INTEGER NOT NULL DEFAULT 900;
ALTER TABLE integration_settings ADD COLUMN reconciliation_interval_s INTEGER NOT NULL DEFAULT 86400;
ALTER TABLE integration_settings ADD COLUMN history_retention_days INTEGER NOT NULL DEFAULT 180;
ALTER TABLE integration_settings ADD COLUMN authorize_url TEXT NOT NULL DEFAULT 'https://cloud.lightspeedapp.com/auth/oauth/authorize';
ALTER TABLE integration_settings ADD COLUMN token_url TEXT NOT NULL DEFAULT 'https://cloud.lightspeedapp.com/auth/oauth/token';
ALTER TABLE integration_settings ADD COLUMN revoke_url TEXT NOT NULL DEFAULT 'https://cloud.lightspeedapp.com/auth/oauth/revoke';
ALTER TABLE integration_settings ADD COLUMN api_base_url TEXT NOT NULL DEFAULT 'https://api.lightspeedapp.com/API/V3';
ALTER TABLE integration_settings ADD COLUMN scopes TEXT NOT NULL DEFAULT 'employee:register_read employee:inventory';
