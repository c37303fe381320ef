// Customer accounts as the emulator stores them: one row per customer, the billing profile as JSON
// beside its etag. The list pages by `seq` (a keyset cursor), never OFFSET, so page 200 of 100,000
// costs the same as page 1.
import type { BillingAddress, RelationshipToPartner } from '../../shared/partner-center';
import type Database from 'better-sqlite3';
import type { Db } from './database';

export interface StoredBilling {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  culture: string;
  language: string;
  companyName: string;
  defaultAddress: BillingAddress;
}

export interface CustomerRecord {
  seq: number;
  id: string;
  commerceId: string;
  domain: string;
  companyName: string;
  relationship: RelationshipToPartner;
  associatedPartnerId: string | null;
  allowDelegatedAccess: boolean;
  customDomains: string[];
  registrationNumber: string | null;
  billing: StoredBilling;
  billingEtag: string;
  createdAt: string;
}

export type NewCustomerRecord = Omit<CustomerRecord, 'seq'>;

interface CustomerRow {
  seq: number;
  id: string;
  commerce_id: string;
  domain: string;
  company_name: string;
  relationship: string;
  associated_partner_id: string | null;
  allow_delegated_access: number;
  custom_domains: string;
  registration_number: string | null;
  billing: string;
  billing_etag: string;
  created_at: string;
}

export type CustomerSearchField = 'CompanyName' | 'Domain' | 'IndirectReseller';
export interface CustomerListQuery {
  afterSeq: number;
  size: number;
  filter?: { field: CustomerSearchField; prefix: string };
}

/** The columns of a list item; the billing profile and the rest stay unread and unparsed. */
const listedColumns = 'seq, id, domain, company_name, relationship';
type ListedRow = Pick<CustomerRow, 'seq' | 'id' | 'domain' | 'company_name' | 'relationship'>;
export type ListedCustomerRecord = Pick<CustomerRecord, 'seq' | 'id' | 'domain' | 'companyName' | 'relationship'>;

const SEARCH_COLUMN: Record<CustomerSearchField, string> = {
  CompanyName: 'company_name_lower',
  Domain: 'domain',
  IndirectReseller: 'associated_partner_id',
};

/** The end of a case-insensitive prefix range: every string starting with `prefix` sorts below it. */
function prefixUpperBound(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}

export class CustomerStore {
  private readonly insertRow;
  private readonly byId;
  private readonly byDomain;
  private readonly updateBillingRow;
  private readonly updateRelationshipRow;
  private readonly renameRow;
  private readonly countRow;
  private readonly listAll;
  private readonly listBy: Record<CustomerSearchField, Database.Statement<[string, string, number, number], ListedRow>>;
  private readonly allDomains;

  constructor(db: Db) {
    this.insertRow = db.prepare(
      `INSERT INTO customers (id, commerce_id, domain, company_name, company_name_lower, relationship, associated_partner_id, allow_delegated_access, custom_domains, registration_number, billing, billing_etag, created_at)
       VALUES (@id, @commerceId, @domain, @companyName, @companyNameLower, @relationship, @associatedPartnerId, @allowDelegatedAccess, @customDomains, @registrationNumber, @billing, @billingEtag, @createdAt)`,
    );
    this.byId = db.prepare<[string], CustomerRow>('SELECT * FROM customers WHERE id = ?');
    this.byDomain = db.prepare<[string], CustomerRow>('SELECT * FROM customers WHERE domain = ?');
    this.updateBillingRow = db.prepare('UPDATE customers SET billing = ?, billing_etag = ? WHERE id = ?');
    this.updateRelationshipRow = db.prepare('UPDATE customers SET relationship = ? WHERE id = ?');
    this.renameRow = db.prepare('UPDATE customers SET company_name = ?, company_name_lower = ?, billing = ?, billing_etag = ? WHERE id = ?');
    this.countRow = db.prepare<[], { count: number }>(`SELECT count(*) AS count FROM customers WHERE relationship != 'none'`);
    this.listAll = db.prepare<[number, number], ListedRow>(`SELECT ${listedColumns} FROM customers WHERE seq > ? AND relationship != 'none' ORDER BY seq LIMIT ?`);
    const searchBy = (column: string) =>
      db.prepare<[string, string, number, number], ListedRow>(
        `SELECT ${listedColumns} FROM customers WHERE ${column} >= ? AND ${column} < ? AND seq > ? AND relationship != 'none' ORDER BY seq LIMIT ?`,
      );
    this.listBy = { CompanyName: searchBy(SEARCH_COLUMN.CompanyName), Domain: searchBy(SEARCH_COLUMN.Domain), IndirectReseller: searchBy(SEARCH_COLUMN.IndirectReseller) };
    this.allDomains = db.prepare<[], { domain: string }>('SELECT domain FROM customers');
  }

  insert(customer: NewCustomerRecord): void {
    this.insertRow.run({
      ...customer,
      companyNameLower: customer.companyName.toLowerCase(),
      associatedPartnerId: customer.associatedPartnerId?.toLowerCase() ?? null,
      allowDelegatedAccess: customer.allowDelegatedAccess ? 1 : 0,
      customDomains: JSON.stringify(customer.customDomains),
      billing: JSON.stringify(customer.billing),
    });
  }

  get(id: string): CustomerRecord | undefined {
    const row = this.byId.get(id.toLowerCase());
    return row ? toRecord(row) : undefined;
  }

  getByDomain(domain: string): CustomerRecord | undefined {
    const row = this.byDomain.get(domain.toLowerCase());
    return row ? toRecord(row) : undefined;
  }

  /** Customers the partner still has a relationship with, in creation order. */
  /** A page of the list: only what a list item shows (a first sync asks for 200 such pages). */
  list(query: CustomerListQuery): ListedCustomerRecord[] {
    const rows = query.filter
      ? (this.listBy[query.filter.field].all(query.filter.prefix.toLowerCase(), prefixUpperBound(query.filter.prefix.toLowerCase()), query.afterSeq, query.size))
      : this.listAll.all(query.afterSeq, query.size);
    return rows.map((row) => ({ seq: row.seq, id: row.id, domain: row.domain, companyName: row.company_name, relationship: row.relationship as RelationshipToPartner }));
  }

  count(): number {
    return this.countRow.get()?.count ?? 0;
  }

  domains(): Set<string> {
    return new Set(this.allDomains.all().map((row) => row.domain));
  }

  updateBilling(id: string, billing: StoredBilling, etag: string): void {
    this.updateBillingRow.run(JSON.stringify(billing), etag, id);
  }

  rename(id: string, companyName: string, billing: StoredBilling, etag: string): void {
    this.renameRow.run(companyName, companyName.toLowerCase(), JSON.stringify(billing), etag, id);
  }

  setRelationship(id: string, relationship: RelationshipToPartner): void {
    this.updateRelationshipRow.run(relationship, id);
  }
}

function toRecord(row: CustomerRow): CustomerRecord {
  return {
    seq: row.seq,
    id: row.id,
    commerceId: row.commerce_id,
    domain: row.domain,
    companyName: row.company_name,
    relationship: row.relationship as RelationshipToPartner,
    associatedPartnerId: row.associated_partner_id,
    allowDelegatedAccess: row.allow_delegated_access === 1,
    customDomains: JSON.parse(row.custom_domains) as string[],
    registrationNumber: row.registration_number,
    billing: JSON.parse(row.billing) as StoredBilling,
    billingEtag: row.billing_etag,
    createdAt: row.created_at,
  };
}
