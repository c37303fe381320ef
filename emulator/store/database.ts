// Opens the emulator's SQLite database and declares its tables. A file database survives restarts
// (WAL, so readers never wait on the single writer); without a path the data lives in memory.
import Database from 'better-sqlite3';

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS customers (
  seq INTEGER PRIMARY KEY,               -- creation order; the keyset cursor of the customer list
  id TEXT NOT NULL UNIQUE,               -- tenant id ("Microsoft ID")
  commerce_id TEXT NOT NULL,
  domain TEXT NOT NULL UNIQUE,           -- lower case, with .onmicrosoft.com
  company_name TEXT NOT NULL,
  company_name_lower TEXT NOT NULL,      -- case-insensitive starts_with search
  relationship TEXT NOT NULL,
  associated_partner_id TEXT,            -- indirect reseller, lower case
  allow_delegated_access INTEGER NOT NULL,
  custom_domains TEXT NOT NULL,          -- JSON array
  registration_number TEXT,
  billing TEXT NOT NULL,                 -- JSON: the billing profile without id/attributes
  billing_etag TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS customers_by_name ON customers(company_name_lower);
CREATE INDEX IF NOT EXISTS customers_by_reseller ON customers(associated_partner_id);

CREATE TABLE IF NOT EXISTS subscriptions (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL,
  offer_id TEXT NOT NULL,
  offer_name TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  unit_type TEXT NOT NULL,
  status TEXT NOT NULL,
  billing_cycle TEXT NOT NULL,
  term_duration TEXT NOT NULL,
  auto_renew INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  commitment_end TEXT NOT NULL,
  etag TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS subscriptions_by_customer ON subscriptions(customer_id);

CREATE TABLE IF NOT EXISTS partners (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  relationship_type TEXT NOT NULL,
  mpn_id TEXT NOT NULL,
  location TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS audit_records (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  operation_date TEXT NOT NULL,
  operation_type TEXT NOT NULL,
  resource_type TEXT NOT NULL,
  customer_id TEXT,
  customer_name TEXT,
  old_value TEXT,
  new_value TEXT,
  user_principal_name TEXT NOT NULL,
  customized_data TEXT NOT NULL,
  original_correlation_id TEXT           -- MS-CorrelationId of the request that made the change
);
CREATE INDEX IF NOT EXISTS audit_by_date ON audit_records(operation_date, seq);

CREATE TABLE IF NOT EXISTS referrals (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  body TEXT NOT NULL                     -- JSON: the Referral resource
);

CREATE TABLE IF NOT EXISTS mail (
  seq INTEGER PRIMARY KEY,
  recipients TEXT NOT NULL,              -- JSON array of addresses
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  content_type TEXT NOT NULL,
  sent_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS request_log (
  seq INTEGER PRIMARY KEY,
  request_id TEXT,
  method TEXT NOT NULL,
  path TEXT NOT NULL,
  status INTEGER NOT NULL,
  effects INTEGER NOT NULL,
  fault TEXT,
  replayed INTEGER NOT NULL,
  at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS idempotency (
  request_id TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL,
  headers TEXT NOT NULL,
  body TEXT
);

CREATE TABLE IF NOT EXISTS tokens (
  token TEXT PRIMARY KEY,
  expires_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;

/** Every table the control API's reset empties (tokens stay: a reset must not sign the app out). */
export const RESETTABLE_TABLES = ['customers', 'subscriptions', 'partners', 'audit_records', 'referrals', 'mail', 'request_log', 'idempotency', 'meta'] as const;

export function openDatabase(path?: string): Db {
  const db = new Database(path ?? ':memory:');
  if (path) db.pragma('journal_mode = WAL');
  // NORMAL is durable against process crashes in WAL mode, which is the failure the emulator must survive.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  addMissingColumns(db);
  return db;
}

/** Columns added after a table first shipped: a demo database kept from an older version gains them. */
function addMissingColumns(db: Db): void {
  const auditColumns = new Set(db.prepare<[], { name: string }>('PRAGMA table_info(audit_records)').all().map((column) => column.name));
  if (!auditColumns.has('original_correlation_id')) db.exec('ALTER TABLE audit_records ADD COLUMN original_correlation_id TEXT');
}
