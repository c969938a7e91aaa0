#include "core/store/Migrations.h"

#include "core/LogCategories.h"
#include "core/store/Database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

const QString kCatalogSchema = uR"sql(
CREATE TABLE instance_types (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    family TEXT NOT NULL CHECK (family IN ('general', 'compute', 'memory', 'storage', 'gpu')),
    vcpus INTEGER NOT NULL CHECK (vcpus > 0),
    memory_mib INTEGER NOT NULL CHECK (memory_mib > 0),
    disk_gib INTEGER NOT NULL CHECK (disk_gib >= 0),
    gpus INTEGER NOT NULL DEFAULT 0 CHECK (gpus >= 0),
    sort_order INTEGER NOT NULL
);
CREATE TABLE regions (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country_code TEXT NOT NULL CHECK (length(country_code) = 2),
    city TEXT NOT NULL,
    latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    sort_order INTEGER NOT NULL
)
)sql"_s;

// Sizes follow the usual ratios: compute 1:2, general 1:4, memory 1:8 (vCPU : GiB).
const QString kCatalogSeed = uR"sql(
INSERT INTO instance_types (id, name, family, vcpus, memory_mib, disk_gib, gpus, sort_order) VALUES
    ('g1.small', 'General purpose small', 'general', 2, 8192, 50, 0, 10),
    ('g1.medium', 'General purpose medium', 'general', 4, 16384, 100, 0, 11),
    ('g1.large', 'General purpose large', 'general', 8, 32768, 200, 0, 12),
    ('g1.xlarge', 'General purpose extra large', 'general', 16, 65536, 400, 0, 13),
    ('c1.medium', 'Compute optimized medium', 'compute', 2, 4096, 30, 0, 20),
    ('c1.large', 'Compute optimized large', 'compute', 4, 8192, 60, 0, 21),
    ('c1.xlarge', 'Compute optimized extra large', 'compute', 8, 16384, 120, 0, 22),
    ('c1.2xlarge', 'Compute optimized 2x large', 'compute', 16, 32768, 240, 0, 23),
    ('c1.4xlarge', 'Compute optimized 4x large', 'compute', 32, 65536, 480, 0, 24),
    ('m1.large', 'Memory optimized large', 'memory', 2, 16384, 50, 0, 30),
    ('m1.xlarge', 'Memory optimized extra large', 'memory', 4, 32768, 100, 0, 31),
    ('m1.2xlarge', 'Memory optimized 2x large', 'memory', 8, 65536, 200, 0, 32),
    ('m1.4xlarge', 'Memory optimized 4x large', 'memory', 16, 131072, 400, 0, 33),
    ('s1.large', 'Storage optimized large', 'storage', 4, 16384, 2000, 0, 40),
    ('s1.xlarge', 'Storage optimized extra large', 'storage', 8, 32768, 4000, 0, 41),
    ('gpu1.large', 'GPU large (1 GPU)', 'gpu', 8, 65536, 200, 1, 50),
    ('gpu1.4xlarge', 'GPU 4x large (4 GPUs)', 'gpu', 32, 262144, 800, 4, 51);
INSERT INTO regions (id, name, country_code, city, latitude, longitude, sort_order) VALUES
    ('eu-de-fra', 'Frankfurt', 'DE', 'Frankfurt am Main', 50.1109, 8.6821, 10),
    ('eu-nl-ams', 'Amsterdam', 'NL', 'Amsterdam', 52.3676, 4.9041, 11),
    ('eu-gb-lon', 'London', 'GB', 'London', 51.5072, -0.1276, 12),
    ('eu-fr-par', 'Paris', 'FR', 'Paris', 48.8566, 2.3522, 13),
    ('eu-ie-dub', 'Dublin', 'IE', 'Dublin', 53.3498, -6.2603, 14),
    ('eu-es-mad', 'Madrid', 'ES', 'Madrid', 40.4168, -3.7038, 15),
    ('eu-se-sto', 'Stockholm', 'SE', 'Stockholm', 59.3293, 18.0686, 16),
    ('eu-pl-waw', 'Warsaw', 'PL', 'Warsaw', 52.2297, 21.0122, 17),
    ('us-va-ash', 'US East (Virginia)', 'US', 'Ashburn', 39.0438, -77.4874, 20),
    ('us-tx-dal', 'US Central (Texas)', 'US', 'Dallas', 32.7767, -96.7970, 21),
    ('us-or-hil', 'US West (Oregon)', 'US', 'Hillsboro', 45.5229, -122.9898, 22),
    ('us-ca-sjc', 'US West (California)', 'US', 'San Jose', 37.3382, -121.8863, 23),
    ('ca-qc-mtl', 'Canada (Montreal)', 'CA', 'Montreal', 45.5019, -73.5674, 24),
    ('sa-br-sao', 'Sao Paulo', 'BR', 'Sao Paulo', -23.5558, -46.6396, 30),
    ('ap-sg-sin', 'Singapore', 'SG', 'Singapore', 1.3521, 103.8198, 40),
    ('ap-jp-tyo', 'Tokyo', 'JP', 'Tokyo', 35.6762, 139.6503, 41),
    ('ap-in-bom', 'Mumbai', 'IN', 'Mumbai', 19.0760, 72.8777, 42),
    ('ap-au-syd', 'Sydney', 'AU', 'Sydney', -33.8688, 151.2093, 43),
    ('af-za-jnb', 'Johannesburg', 'ZA', 'Johannesburg', -26.2041, 28.0473, 50),
    ('me-ae-dxb', 'Dubai', 'AE', 'Dubai', 25.2048, 55.2708, 51)
)sql"_s;

// Times are integer milliseconds since the epoch, UTC.
const QString kAccountsSchema = uR"sql(
CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('buyer', 'seller', 'operator')),
    status TEXT NOT NULL CHECK (status IN ('active', 'pending', 'suspended')),
    country_code TEXT NOT NULL CHECK (length(country_code) = 2),
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX organizations_name ON organizations (lower(name));
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('buyer', 'seller', 'operator')),
    password_hash TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    password_changed_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX users_email ON users (lower(email));
CREATE INDEX users_organization ON users (organization_id);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    token_hash BLOB NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER,
    address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    key_hash BLOB NOT NULL UNIQUE,
    scopes TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    revoked_at INTEGER,
    last_used_at INTEGER
);
CREATE INDEX api_keys_user ON api_keys (user_id);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    action TEXT NOT NULL,
    actor_user_id INTEGER,
    organization_id INTEGER,
    subject TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at)
)sql"_s;

// Money is integer minor units (cents) per slot-hour with an explicit currency.
const QString kMarketSchema = uR"sql(
CREATE TABLE providers (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    name TEXT NOT NULL,
    pseudonym TEXT NOT NULL UNIQUE,
    rating REAL NOT NULL DEFAULT 3.0 CHECK (rating BETWEEN 0 AND 5),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
    created_at INTEGER NOT NULL
);
CREATE INDEX providers_organization ON providers (organization_id);
CREATE TABLE asks (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    instance_type_id TEXT NOT NULL REFERENCES instance_types (id),
    region_id TEXT NOT NULL REFERENCES regions (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    open_quantity INTEGER NOT NULL CHECK (open_quantity >= 0 AND open_quantity <= quantity),
    price_per_hour INTEGER NOT NULL CHECK (price_per_hour > 0),
    currency TEXT NOT NULL,
    available_from INTEGER NOT NULL,
    available_until INTEGER NOT NULL,
    min_lease_hours INTEGER NOT NULL CHECK (min_lease_hours >= 1),
    max_lease_hours INTEGER NOT NULL CHECK (max_lease_hours >= min_lease_hours),
    renewable_hours INTEGER NOT NULL DEFAULT 0 CHECK (renewable_hours >= 0),
    status TEXT NOT NULL CHECK (status IN ('open', 'filled', 'withdrawn', 'expired')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX asks_open ON asks (status, instance_type_id, region_id);
CREATE INDEX asks_organization ON asks (organization_id);
CREATE TABLE bids (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    user_id INTEGER NOT NULL REFERENCES users (id),
    instance_type_id TEXT NOT NULL REFERENCES instance_types (id),
    region_ids TEXT NOT NULL,
    max_price_per_hour INTEGER NOT NULL CHECK (max_price_per_hour > 0),
    currency TEXT NOT NULL,
    duration_hours INTEGER NOT NULL CHECK (duration_hours >= 1),
    min_rating REAL NOT NULL DEFAULT 0,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    filled_quantity INTEGER NOT NULL DEFAULT 0 CHECK (filled_quantity >= 0 AND filled_quantity <= quantity),
    time_in_force TEXT NOT NULL CHECK (time_in_force IN ('gtc', 'ioc', 'fok')),
    appliance_id INTEGER,
    status TEXT NOT NULL CHECK (status IN ('open', 'filled', 'cancelled', 'expired')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX bids_open ON bids (status, instance_type_id);
CREATE INDEX bids_organization ON bids (organization_id);
CREATE TABLE trades (
    id INTEGER PRIMARY KEY,
    bid_id INTEGER NOT NULL REFERENCES bids (id),
    ask_id INTEGER NOT NULL REFERENCES asks (id),
    instance_type_id TEXT NOT NULL,
    region_id TEXT NOT NULL,
    price_per_hour INTEGER NOT NULL,
    currency TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    taker_side TEXT NOT NULL CHECK (taker_side IN ('buy', 'sell')),
    executed_at INTEGER NOT NULL
);
CREATE INDEX trades_instrument_time ON trades (instance_type_id, region_id, executed_at);
CREATE INDEX trades_time ON trades (executed_at);
CREATE TABLE leases (
    id INTEGER PRIMARY KEY,
    trade_id INTEGER NOT NULL REFERENCES trades (id),
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    user_id INTEGER NOT NULL REFERENCES users (id),
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    instance_type_id TEXT NOT NULL,
    region_id TEXT NOT NULL,
    price_per_hour INTEGER NOT NULL,
    currency TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL CHECK (ends_at > starts_at),
    renewable_hours INTEGER NOT NULL DEFAULT 0,
    appliance_id INTEGER,
    status TEXT NOT NULL CHECK (status IN ('pending', 'active', 'ended', 'cancelled')),
    created_at INTEGER NOT NULL
);
CREATE INDEX leases_organization ON leases (organization_id, status);
CREATE INDEX leases_provider ON leases (provider_id, status);
CREATE TABLE idempotency_keys (
    user_id INTEGER NOT NULL REFERENCES users (id),
    idempotency_key TEXT NOT NULL,
    route TEXT NOT NULL,
    request_hash BLOB NOT NULL,
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, idempotency_key)
)
)sql"_s;

// Watches: saved searches with a price, and the notifications they raise.
// At most one unread notification per watch: later matches update it.
const QString kWatchesSchema = uR"sql(
CREATE TABLE watches (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    user_id INTEGER NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    filter TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_notified_at INTEGER
);
CREATE INDEX watches_user ON watches (user_id, id);
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL,
    watch_id INTEGER REFERENCES watches (id) ON DELETE CASCADE,
    matches INTEGER NOT NULL DEFAULT 1 CHECK (matches > 0),
    price_per_hour INTEGER NOT NULL,
    offer TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    read_at INTEGER
);
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE UNIQUE INDEX notifications_unread_watch ON notifications (watch_id) WHERE read_at IS NULL
)sql"_s;

// Durable jobs (see JobQueue): queued, running under a lease, done or dead.
const QString kJobsSchema = uR"sql(
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    dedupe_key TEXT,
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'dead')),
    run_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL,
    interval_ms INTEGER NOT NULL DEFAULT 0,
    leased_by TEXT,
    lease_expires_at INTEGER,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX jobs_due ON jobs (status, run_at);
CREATE INDEX jobs_kind ON jobs (kind, id);
CREATE UNIQUE INDEX jobs_dedupe ON jobs (dedupe_key) WHERE dedupe_key IS NOT NULL AND status IN ('queued', 'running')
)sql"_s;

// Provider federation: a provider's cloud endpoint and sealed credential, what
// it offers (regions and profiles mapped to the catalog), how reachable it has
// been, the instances it runs for leases, and reviews.
const QString kFederationSchema = uR"sql(
ALTER TABLE providers ADD COLUMN endpoint TEXT;
ALTER TABLE providers ADD COLUMN credential BLOB;
ALTER TABLE providers ADD COLUMN software TEXT;
ALTER TABLE providers ADD COLUMN verified_at INTEGER;
CREATE TABLE provider_health (
    provider_id INTEGER PRIMARY KEY REFERENCES providers (id),
    state TEXT NOT NULL CHECK (state IN ('unknown', 'up', 'down')),
    last_poll_at INTEGER,
    last_success_at INTEGER,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_poll_at INTEGER NOT NULL,
    last_error TEXT,
    capacity_etag TEXT,
    instances_etag TEXT,
    instances_cursor TEXT
);
CREATE TABLE provider_outages (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    started_at INTEGER NOT NULL,
    ended_at INTEGER
);
CREATE INDEX provider_outages_provider ON provider_outages (provider_id, started_at);
CREATE TABLE provider_regions (
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    code TEXT NOT NULL,
    country_code TEXT NOT NULL,
    city TEXT NOT NULL,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    region_id TEXT REFERENCES regions (id),
    PRIMARY KEY (provider_id, code)
);
CREATE TABLE provider_profiles (
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    region_code TEXT NOT NULL,
    profile_id TEXT NOT NULL,
    name TEXT NOT NULL,
    vcpus INTEGER NOT NULL,
    memory_mib INTEGER NOT NULL,
    disk_gib INTEGER NOT NULL,
    gpus INTEGER NOT NULL,
    instance_type_id TEXT REFERENCES instance_types (id),
    total_slots INTEGER NOT NULL,
    used_slots INTEGER NOT NULL,
    free_slots INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (provider_id, region_code, profile_id)
);
CREATE TABLE capacity_samples (
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    at INTEGER NOT NULL,
    total_slots INTEGER NOT NULL,
    used_slots INTEGER NOT NULL,
    PRIMARY KEY (provider_id, at)
);
CREATE TABLE instances (
    id INTEGER PRIMARY KEY,
    lease_id INTEGER NOT NULL UNIQUE REFERENCES leases (id),
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    client_token TEXT NOT NULL UNIQUE,
    provider_instance_id TEXT,
    region_code TEXT,
    profile_id TEXT,
    state TEXT NOT NULL CHECK (state IN ('pending', 'provisioning', 'running', 'stopping', 'terminated', 'failed', 'lost')),
    state_reason TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    running_at INTEGER,
    ended_at INTEGER,
    last_seen_at INTEGER
);
CREATE INDEX instances_provider ON instances (provider_id, state);
CREATE INDEX instances_provider_remote ON instances (provider_id, provider_instance_id);
CREATE TABLE instance_events (
    id INTEGER PRIMARY KEY,
    instance_id INTEGER NOT NULL REFERENCES instances (id),
    at INTEGER NOT NULL,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX instance_events_instance ON instance_events (instance_id, id);
CREATE TABLE provider_reviews (
    lease_id INTEGER PRIMARY KEY REFERENCES leases (id),
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    user_id INTEGER NOT NULL REFERENCES users (id),
    stars INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
    comment TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE INDEX provider_reviews_provider ON provider_reviews (provider_id);
ALTER TABLE notifications ADD COLUMN lease_id INTEGER;
ALTER TABLE notifications ADD COLUMN message TEXT NOT NULL DEFAULT ''
)sql"_s;

// Ratings: what the composite score of each provider is made of.
const QString kRatingsSchema = uR"sql(
ALTER TABLE providers ADD COLUMN rating_breakdown TEXT;
ALTER TABLE providers ADD COLUMN rated_at INTEGER
)sql"_s;

// Renewals: hours added to a lease so far (the seller's renewable_hours is
// the cap), and the buyer's auto-renew: this many hours at a time while the
// money spent on renewals stays within the budget.
const QString kRenewalsSchema = uR"sql(
ALTER TABLE leases ADD COLUMN renewed_hours INTEGER NOT NULL DEFAULT 0;
ALTER TABLE leases ADD COLUMN auto_renew_hours INTEGER NOT NULL DEFAULT 0;
ALTER TABLE leases ADD COLUMN auto_renew_budget INTEGER NOT NULL DEFAULT 0;
ALTER TABLE leases ADD COLUMN auto_renew_spent INTEGER NOT NULL DEFAULT 0
)sql"_s;

// Appliances: content-addressed image bytes (one row per SHA-256), the
// directory entries that name them, uploads in progress with the offset the
// broker has confirmed, and which provider fetched which image.
const QString kAppliancesSchema = uR"sql(
CREATE TABLE appliance_blobs (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
    created_at INTEGER NOT NULL
);
CREATE TABLE appliances (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    user_id INTEGER REFERENCES users (id),
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'private')),
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    os TEXT NOT NULL DEFAULT '',
    min_memory_mib INTEGER NOT NULL DEFAULT 0 CHECK (min_memory_mib >= 0),
    min_disk_gib INTEGER NOT NULL DEFAULT 0 CHECK (min_disk_gib >= 0),
    notes TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL CHECK (format IN ('qcow2', 'raw', 'vmdk', 'ova')),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64), -- an appliance_blobs row while ready
    size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
    virtual_size_bytes INTEGER,
    status TEXT NOT NULL CHECK (status IN ('ready', 'deleted')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX appliances_organization ON appliances (organization_id, status);
CREATE INDEX appliances_visibility ON appliances (visibility, status);
CREATE INDEX appliances_blob ON appliances (sha256);
CREATE TABLE appliance_uploads (
    id TEXT PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    user_id INTEGER NOT NULL REFERENCES users (id),
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'private')),
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    os TEXT NOT NULL DEFAULT '',
    min_memory_mib INTEGER NOT NULL DEFAULT 0,
    min_disk_gib INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL CHECK (format IN ('qcow2', 'raw', 'vmdk', 'ova')),
    size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    confirmed_bytes INTEGER NOT NULL DEFAULT 0 CHECK (confirmed_bytes >= 0 AND confirmed_bytes <= size_bytes),
    status TEXT NOT NULL CHECK (status IN ('uploading', 'verifying', 'ready', 'failed', 'cancelled', 'expired')),
    error TEXT NOT NULL DEFAULT '',
    error_reason TEXT NOT NULL DEFAULT '',
    appliance_id INTEGER REFERENCES appliances (id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX appliance_uploads_organization ON appliance_uploads (organization_id, status);
CREATE INDEX appliance_uploads_expiry ON appliance_uploads (status, expires_at);
CREATE TABLE appliance_fetches (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    range_start INTEGER NOT NULL DEFAULT 0,
    bytes INTEGER NOT NULL,
    status INTEGER NOT NULL,
    fetched_at INTEGER NOT NULL
);
CREATE INDEX appliance_fetches_blob ON appliance_fetches (sha256, id)
)sql"_s;

// Capacity over time, compactly: one row per provider per 5-minute bucket
// (the latest reading in it; kept 48 h) and one per hour (means and the
// peak of its 5-minute rows; kept 30 days), each with the slots per
// instance type as JSON. Replaces capacity_samples (a row a minute, never
// purged): what it holds becomes 5-minute rows, which the next roll-up and
// purge bring into shape.
const QString kCapacityHistorySchema = uR"sql(
CREATE TABLE capacity_history (
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    bucket_seconds INTEGER NOT NULL CHECK (bucket_seconds IN (300, 3600)),
    at INTEGER NOT NULL,
    total_slots INTEGER NOT NULL,
    used_slots INTEGER NOT NULL,
    free_slots INTEGER NOT NULL,
    peak_used_slots INTEGER NOT NULL,
    samples INTEGER NOT NULL,
    by_type TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (provider_id, bucket_seconds, at)
);
CREATE INDEX capacity_history_bucket ON capacity_history (bucket_seconds, at);
INSERT OR REPLACE INTO capacity_history (provider_id, bucket_seconds, at, total_slots, used_slots, free_slots,
    peak_used_slots, samples)
    SELECT provider_id, 300, at - at % 300000, total_slots, used_slots, total_slots - used_slots, used_slots, 1
    FROM capacity_samples ORDER BY at;
DROP TABLE capacity_samples
)sql"_s;

// Money: a double-entry journal in integer minor units. Entries are the
// truth and are append-only (triggers refuse UPDATE and DELETE; a correction
// is a new, reversing transaction); ledger_balances is a cache of each
// account's sum, written in the same transaction as its entries and checked
// against them by LedgerAudit. Top-ups track a payment gateway's charge;
// low-balance thresholds are a buyer's own settings.
const QString kLedgerSchema = uR"sql(
CREATE TABLE ledger_accounts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('buyer_balance', 'buyer_hold', 'buyer_debt', 'seller_payable',
        'broker_revenue', 'payment_clearing', 'payouts', 'adjustments')),
    organization_id INTEGER REFERENCES organizations (id),
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX ledger_accounts_key ON ledger_accounts (kind, COALESCE(organization_id, 0), currency);
CREATE INDEX ledger_accounts_organization ON ledger_accounts (organization_id);
CREATE TABLE ledger_transactions (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('topup', 'hold', 'release', 'capture', 'payout', 'refund', 'reversal',
        'adjustment')),
    reference TEXT UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    reverses_transaction_id INTEGER REFERENCES ledger_transactions (id),
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX ledger_transactions_reversal ON ledger_transactions (reverses_transaction_id)
    WHERE kind = 'reversal';
CREATE INDEX ledger_transactions_reverses ON ledger_transactions (reverses_transaction_id)
    WHERE reverses_transaction_id IS NOT NULL;
CREATE TABLE ledger_entries (
    id INTEGER PRIMARY KEY,
    transaction_id INTEGER NOT NULL REFERENCES ledger_transactions (id),
    account_id INTEGER NOT NULL REFERENCES ledger_accounts (id),
    amount INTEGER NOT NULL CHECK (amount <> 0),
    currency TEXT NOT NULL
);
CREATE INDEX ledger_entries_transaction ON ledger_entries (transaction_id);
CREATE INDEX ledger_entries_account ON ledger_entries (account_id, id);
CREATE TABLE ledger_balances (
    account_id INTEGER PRIMARY KEY REFERENCES ledger_accounts (id),
    balance INTEGER NOT NULL,
    entry_count INTEGER NOT NULL
);
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
    BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END;
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
    BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END;
CREATE TRIGGER ledger_transactions_no_update BEFORE UPDATE ON ledger_transactions
    BEGIN SELECT RAISE(ABORT, 'ledger transactions are append-only'); END;
CREATE TRIGGER ledger_transactions_no_delete BEFORE DELETE ON ledger_transactions
    BEGIN SELECT RAISE(ABORT, 'ledger transactions are append-only'); END;
CREATE TRIGGER ledger_accounts_no_update BEFORE UPDATE ON ledger_accounts
    BEGIN SELECT RAISE(ABORT, 'ledger accounts are append-only'); END;
CREATE TRIGGER ledger_accounts_no_delete BEFORE DELETE ON ledger_accounts
    BEGIN SELECT RAISE(ABORT, 'ledger accounts are append-only'); END;
CREATE TABLE billing_topups (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    idempotency_key TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    gateway TEXT NOT NULL,
    charge_id TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'requires_action', 'succeeded', 'declined', 'failed')),
    action TEXT NOT NULL DEFAULT '',
    decline_reason TEXT NOT NULL DEFAULT '',
    refunded_amount INTEGER NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0 AND refunded_amount <= amount),
    ledger_transaction_id INTEGER REFERENCES ledger_transactions (id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (organization_id, idempotency_key)
);
CREATE UNIQUE INDEX billing_topups_charge ON billing_topups (gateway, charge_id) WHERE charge_id IS NOT NULL;
CREATE TABLE billing_low_balance_thresholds (
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    threshold INTEGER NOT NULL CHECK (threshold > 0),
    PRIMARY KEY (organization_id, currency, threshold)
)
)sql"_s;

// Billing on top of the ledger. ledger_accounts is rebuilt to allow
// tax_payable (VAT collected for the buyer's country); holds are tracked per
// bid and per lease (their sums equal each buyer's buyer_hold balance);
// metering writes one record per capture; invoices, credit notes and seller
// statements are stored as the documents they were issued as and never change.
const QString kBillingSchema = uR"sql(
CREATE TABLE ledger_accounts_new (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('buyer_balance', 'buyer_hold', 'buyer_debt', 'seller_payable',
        'broker_revenue', 'payment_clearing', 'payouts', 'adjustments', 'tax_payable')),
    organization_id INTEGER REFERENCES organizations (id),
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    created_at INTEGER NOT NULL
);
INSERT INTO ledger_accounts_new (id, kind, organization_id, currency, created_at)
    SELECT id, kind, organization_id, currency, created_at FROM ledger_accounts;
DROP TABLE ledger_accounts;
ALTER TABLE ledger_accounts_new RENAME TO ledger_accounts;
CREATE UNIQUE INDEX ledger_accounts_key ON ledger_accounts (kind, COALESCE(organization_id, 0), currency);
CREATE INDEX ledger_accounts_organization ON ledger_accounts (organization_id);
CREATE TRIGGER ledger_accounts_no_update BEFORE UPDATE ON ledger_accounts
    BEGIN SELECT RAISE(ABORT, 'ledger accounts are append-only'); END;
CREATE TRIGGER ledger_accounts_no_delete BEFORE DELETE ON ledger_accounts
    BEGIN SELECT RAISE(ABORT, 'ledger accounts are append-only'); END;
CREATE TABLE billing_vat_rates (
    country_code TEXT PRIMARY KEY CHECK (length(country_code) = 2),
    rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000)
);
INSERT INTO billing_vat_rates (country_code, rate_bp) VALUES
    ('AT', 2000), ('BE', 2100), ('BG', 2000), ('HR', 2500), ('CY', 1900), ('CZ', 2100), ('DK', 2500),
    ('EE', 2400), ('FI', 2550), ('FR', 2000), ('DE', 1900), ('GR', 2400), ('HU', 2700), ('IE', 2300),
    ('IT', 2200), ('LV', 2100), ('LT', 2100), ('LU', 1700), ('MT', 1800), ('NL', 2100), ('PL', 2300),
    ('PT', 2300), ('RO', 2100), ('SK', 2300), ('SI', 2200), ('ES', 2100), ('SE', 2500), ('GB', 2000),
    ('NO', 2500), ('CH', 810);
CREATE TABLE billing_bid_holds (
    bid_id INTEGER PRIMARY KEY REFERENCES bids (id),
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    currency TEXT NOT NULL,
    per_slot INTEGER NOT NULL CHECK (per_slot >= 0),
    vat_bp INTEGER NOT NULL,
    amount INTEGER NOT NULL CHECK (amount >= 0)
);
CREATE INDEX billing_bid_holds_organization ON billing_bid_holds (organization_id) WHERE amount > 0;
CREATE TABLE billing_leases (
    lease_id INTEGER PRIMARY KEY REFERENCES leases (id),
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    seller_organization_id INTEGER NOT NULL REFERENCES organizations (id),
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    currency TEXT NOT NULL,
    price_per_hour INTEGER NOT NULL,
    vat_bp INTEGER NOT NULL,
    billed_until INTEGER,
    net_total INTEGER NOT NULL DEFAULT 0,
    gross_total INTEGER NOT NULL DEFAULT 0,
    hold INTEGER NOT NULL DEFAULT 0 CHECK (hold >= 0),
    funding TEXT NOT NULL DEFAULT 'ok' CHECK (funding IN ('ok', 'grace')),
    grace_ends_at INTEGER,
    closed_at INTEGER
);
CREATE INDEX billing_leases_open ON billing_leases (lease_id) WHERE closed_at IS NULL;
CREATE INDEX billing_leases_organization ON billing_leases (organization_id, closed_at);
CREATE TABLE billing_meter_records (
    id INTEGER PRIMARY KEY,
    lease_id INTEGER NOT NULL REFERENCES leases (id),
    organization_id INTEGER NOT NULL,
    seller_organization_id INTEGER NOT NULL,
    provider_id INTEGER NOT NULL,
    period TEXT NOT NULL,
    from_ms INTEGER NOT NULL,
    to_ms INTEGER NOT NULL CHECK (to_ms > from_ms),
    seconds INTEGER NOT NULL CHECK (seconds >= 0),
    net INTEGER NOT NULL,
    vat INTEGER NOT NULL,
    commission INTEGER NOT NULL,
    currency TEXT NOT NULL,
    ledger_transaction_id INTEGER NOT NULL UNIQUE REFERENCES ledger_transactions (id)
);
CREATE INDEX billing_meter_records_lease ON billing_meter_records (lease_id);
CREATE INDEX billing_meter_records_buyer ON billing_meter_records (organization_id, to_ms);
CREATE INDEX billing_meter_records_seller ON billing_meter_records (seller_organization_id, period);
CREATE TABLE billing_transaction_leases (
    ledger_transaction_id INTEGER PRIMARY KEY REFERENCES ledger_transactions (id),
    lease_id INTEGER NOT NULL REFERENCES leases (id)
);
CREATE TABLE billing_seller_volume (
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    period TEXT NOT NULL,
    currency TEXT NOT NULL,
    gross INTEGER NOT NULL,
    commission INTEGER NOT NULL,
    PRIMARY KEY (organization_id, period, currency)
);
CREATE TABLE billing_sequences (
    series TEXT NOT NULL,
    year INTEGER NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (series, year)
);
CREATE TABLE billing_invoices (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    period TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    period_end INTEGER NOT NULL,
    usage_total INTEGER NOT NULL,
    closing_balance INTEGER NOT NULL,
    corrects_invoice_id INTEGER REFERENCES billing_invoices (id),
    ledger_transaction_id INTEGER REFERENCES ledger_transactions (id),
    document TEXT NOT NULL
);
CREATE UNIQUE INDEX billing_invoices_monthly ON billing_invoices (organization_id, period, currency)
    WHERE kind = 'invoice' AND period <> '';
CREATE INDEX billing_invoices_organization ON billing_invoices (organization_id, id);
CREATE INDEX billing_invoices_corrects ON billing_invoices (corrects_invoice_id) WHERE corrects_invoice_id IS NOT NULL;
CREATE TRIGGER billing_invoices_no_update BEFORE UPDATE ON billing_invoices
    BEGIN SELECT RAISE(ABORT, 'issued invoices never change'); END;
CREATE TRIGGER billing_invoices_no_delete BEFORE DELETE ON billing_invoices
    BEGIN SELECT RAISE(ABORT, 'issued invoices never change'); END;
CREATE TABLE billing_invoice_items (
    ledger_transaction_id INTEGER PRIMARY KEY REFERENCES ledger_transactions (id),
    invoice_id INTEGER NOT NULL REFERENCES billing_invoices (id)
);
CREATE INDEX billing_invoice_items_invoice ON billing_invoice_items (invoice_id);
CREATE TABLE billing_statements (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    number TEXT NOT NULL UNIQUE,
    period TEXT NOT NULL,
    currency TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    gross INTEGER NOT NULL,
    commission INTEGER NOT NULL,
    net INTEGER NOT NULL,
    document TEXT NOT NULL,
    UNIQUE (organization_id, period, currency)
);
CREATE TRIGGER billing_statements_no_update BEFORE UPDATE ON billing_statements
    BEGIN SELECT RAISE(ABORT, 'issued statements never change'); END;
CREATE TABLE billing_payouts (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    amount INTEGER NOT NULL CHECK (amount > 0),
    currency TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('paid')),
    reference TEXT NOT NULL UNIQUE,
    statement_id INTEGER REFERENCES billing_statements (id),
    ledger_transaction_id INTEGER NOT NULL REFERENCES ledger_transactions (id),
    created_at INTEGER NOT NULL
);
CREATE INDEX billing_payouts_organization ON billing_payouts (organization_id, id);
CREATE TABLE billing_runs (
    period TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('running', 'done')),
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    invoices INTEGER NOT NULL DEFAULT 0,
    statements INTEGER NOT NULL DEFAULT 0,
    payouts INTEGER NOT NULL DEFAULT 0
)
)sql"_s;

// Buy-backs: a provider offers to buy a running lease back (an amount, a
// notice); the amount is held from the seller's payable until the buyer
// decides or the offer expires. A buyer's standing rule accepts offers at or
// above an amount.
const QString kBuybackSchema = uR"sql(
CREATE TABLE buyback_offers (
    id INTEGER PRIMARY KEY,
    lease_id INTEGER NOT NULL REFERENCES leases (id),
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    seller_organization_id INTEGER NOT NULL REFERENCES organizations (id),
    buyer_organization_id INTEGER NOT NULL REFERENCES organizations (id),
    amount INTEGER NOT NULL CHECK (amount > 0),
    currency TEXT NOT NULL,
    notice_hours INTEGER NOT NULL CHECK (notice_hours >= 1),
    status TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'refused', 'expired', 'withdrawn')),
    expires_at INTEGER NOT NULL,
    lease_ends_at INTEGER,
    created_at INTEGER NOT NULL,
    decided_at INTEGER
);
CREATE INDEX buyback_offers_lease ON buyback_offers (lease_id, status);
CREATE INDEX buyback_offers_buyer ON buyback_offers (buyer_organization_id, id);
CREATE INDEX buyback_offers_seller ON buyback_offers (seller_organization_id, id);
CREATE TABLE buyback_rules (
    organization_id INTEGER PRIMARY KEY REFERENCES organizations (id),
    min_amount INTEGER NOT NULL CHECK (min_amount > 0),
    currency TEXT NOT NULL
)
)sql"_s;

// Resale of running leases. An ask may sell the rest of a buyer's lease
// (resale_of_lease_id, with an optional price schedule that steps down as
// the time left shrinks); a seller's ask says whether its leases may be
// resold, and a lease remembers it. A lease sold on ends (resold_to_lease_id)
// and the bidder's lease names the one it came from. Billing keeps the
// seller's locked price and the reseller per lease, and holds a reseller's
// worst case while the ask is open. ledger_accounts is rebuilt to allow
// "transfers": the broker-wide transit between two organizations' halves of
// one money movement (each half is its own ledger transaction, so each lands
// on its own organization's invoice), back at zero once both are posted.
const QString kResaleSchema = uR"sql(
ALTER TABLE asks ADD COLUMN resale_of_lease_id INTEGER REFERENCES leases (id);
ALTER TABLE asks ADD COLUMN resale_schedule TEXT NOT NULL DEFAULT '';
ALTER TABLE asks ADD COLUMN resale_allowed INTEGER NOT NULL DEFAULT 1;
CREATE UNIQUE INDEX asks_open_resale ON asks (resale_of_lease_id) WHERE status = 'open';
ALTER TABLE leases ADD COLUMN resale_allowed INTEGER NOT NULL DEFAULT 1;
ALTER TABLE leases ADD COLUMN resold_from_lease_id INTEGER REFERENCES leases (id);
ALTER TABLE leases ADD COLUMN resold_to_lease_id INTEGER REFERENCES leases (id);
ALTER TABLE billing_leases ADD COLUMN seller_price_per_hour INTEGER;
ALTER TABLE billing_leases ADD COLUMN seller_net_total INTEGER NOT NULL DEFAULT 0;
ALTER TABLE billing_leases ADD COLUMN reseller_organization_id INTEGER REFERENCES organizations (id);
ALTER TABLE billing_leases ADD COLUMN reseller_vat_bp INTEGER NOT NULL DEFAULT 0;
ALTER TABLE billing_leases ADD COLUMN reseller_hold INTEGER NOT NULL DEFAULT 0 CHECK (reseller_hold >= 0);
CREATE INDEX billing_leases_reseller ON billing_leases (reseller_organization_id) WHERE reseller_organization_id IS NOT NULL;
ALTER TABLE billing_meter_records ADD COLUMN seller_net INTEGER;
CREATE TABLE billing_resale_holds (
    ask_id INTEGER PRIMARY KEY REFERENCES asks (id),
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    currency TEXT NOT NULL,
    vat_bp INTEGER NOT NULL,
    amount INTEGER NOT NULL CHECK (amount >= 0)
);
CREATE TABLE ledger_accounts_new (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('buyer_balance', 'buyer_hold', 'buyer_debt', 'seller_payable',
        'broker_revenue', 'payment_clearing', 'payouts', 'adjustments', 'tax_payable', 'transfers')),
    organization_id INTEGER REFERENCES organizations (id),
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    created_at INTEGER NOT NULL
);
INSERT INTO ledger_accounts_new (id, kind, organization_id, currency, created_at)
    SELECT id, kind, organization_id, currency, created_at FROM ledger_accounts;
DROP TABLE ledger_accounts;
ALTER TABLE ledger_accounts_new RENAME TO ledger_accounts;
CREATE UNIQUE INDEX ledger_accounts_key ON ledger_accounts (kind, COALESCE(organization_id, 0), currency);
CREATE INDEX ledger_accounts_organization ON ledger_accounts (organization_id);
CREATE TRIGGER ledger_accounts_no_update BEFORE UPDATE ON ledger_accounts
    BEGIN SELECT RAISE(ABORT, 'ledger accounts are append-only'); END;
CREATE TRIGGER ledger_accounts_no_delete BEFORE DELETE ON ledger_accounts
    BEGIN SELECT RAISE(ABORT, 'ledger accounts are append-only'); END
)sql"_s;

} // namespace

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> kSteps{
        {1, u"catalog schema: instance types and regions"_s, kCatalogSchema},
        {2, u"catalog seed: standard sizes and regions"_s, kCatalogSeed},
        {3, u"accounts: organizations, users, sessions, API keys, audit log"_s, kAccountsSchema},
        {4, u"market: providers, asks, bids, trades, leases, idempotency keys"_s, kMarketSchema},
        {5, u"watches: saved searches with a price, notifications"_s, kWatchesSchema},
        {6, u"jobs: durable queue with leases, retries, schedules and a dead letter state"_s, kJobsSchema},
        {7, u"federation: provider endpoints, health, outages, capacity, instances, reviews"_s, kFederationSchema},
        {8, u"ratings: the breakdown behind each provider's score"_s, kRatingsSchema},
        {9, u"renewals: hours renewed, auto-renew with a budget"_s, kRenewalsSchema},
        {10, u"appliances: image blobs, the directory, uploads in progress, fetches"_s, kAppliancesSchema},
        {11, u"capacity history: 5-minute and hourly slots per provider and instance type"_s, kCapacityHistorySchema},
        {12, u"ledger: double-entry journal, cached balances, top-ups, low-balance thresholds"_s, kLedgerSchema},
        {13,
         u"billing: tax account, holds per bid and lease, meter records, invoices, statements, payouts"_s,
         kBillingSchema,
         true},
        {14, u"buy-backs: providers' offers for running leases, buyers' standing rules"_s, kBuybackSchema},
        {15,
         u"resale: asks on a lease's remaining time, sellers' resale permission, transfers between organizations"_s,
         kResaleSchema,
         true},
    };
    return kSteps;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

int Migrations::currentVersion(Database &database)
{
    database.exec(u"CREATE TABLE IF NOT EXISTS schema_version ("
                  "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"_s);
    DbQuery query = database.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s);
    return query.next() ? query.value(0).toInt() : 0;
}

void Migrations::migrate(Database &database)
{
    const int current = currentVersion(database);
    if (current > latestVersion()) {
        throw DatabaseError(u"The database is at schema version %1, newer than this broker knows (%2). "
                            "Use a newer broker."_s.arg(current)
                                .arg(latestVersion()));
    }
    for (const Step &step : steps()) {
        if (step.version <= current)
            continue;
        // A step that rebuilds a table others refer to runs with foreign keys
        // off (SQLite's documented procedure), then checks them before commit.
        if (step.rebuildsTables)
            database.exec(u"PRAGMA foreign_keys = OFF"_s);
        try {
            Transaction transaction(database);
            database.execScript(step.sql);
            if (step.rebuildsTables && database.exec(u"PRAGMA foreign_key_check"_s).next())
                throw DatabaseError(u"Schema step %1 left broken references."_s.arg(step.version));
            database.exec(
                u"INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"_s,
                {step.version, step.description, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
            transaction.commit();
        } catch (const DatabaseError &) {
            if (step.rebuildsTables)
                database.exec(u"PRAGMA foreign_keys = ON"_s);
            throw;
        }
        if (step.rebuildsTables)
            database.exec(u"PRAGMA foreign_keys = ON"_s);
        qCInfo(lcStore).noquote() << "schema migrated to version" << step.version << "-" << step.description;
    }
}

} // namespace sc::broker
