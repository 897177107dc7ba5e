-- Listing management: where a linked item came from, requests the posting job carries out
-- later (archive the item, check for an item that a failed POST may have created), and the
-- items that matched a product when the admin must choose one.

-- 'linked' for an item that existed on Lightspeed, 'created' for one POS Bridge created, '' when
-- the listing has no item. A pending update returns to this state once pushed.
ALTER TABLE listings ADD COLUMN item_origin TEXT NOT NULL DEFAULT '';
-- Set when the admin disabled the listing and asked for its item to be archived on Lightspeed.
ALTER TABLE listings ADD COLUMN archive_requested INTEGER NOT NULL DEFAULT 0;
-- Set when a create request failed in a way that may have reached Lightspeed: the next attempt
-- looks the item up by custom SKU before it creates one.
ALTER TABLE listings ADD COLUMN create_unconfirmed INTEGER NOT NULL DEFAULT 0;

CREATE INDEX listings_company_enabled_state ON listings (company_id, enabled, state);

CREATE TABLE listing_candidates (
    listing_id BIGINT NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    item_id BIGINT NOT NULL,
    system_sku TEXT NOT NULL DEFAULT '',
    custom_sku TEXT NOT NULL DEFAULT '',
    manufacturer_sku TEXT NOT NULL DEFAULT '',
    upc TEXT NOT NULL DEFAULT '',
    ean TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    default_price BIGINT NOT NULL DEFAULT 0,
    default_cost BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (listing_id, item_id)
);
