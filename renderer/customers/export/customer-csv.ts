// The CSV a partner gets from "Export": the portal's four columns (Microsoft ID, Company name,
// Primary domain name, Relationship) plus Partner Desk's sync state, so a customer created
// offline shows up as pending with no Microsoft ID yet rather than being left out.
import type { ListedCustomer } from '../list/customer-list-index';

export const csvHeader = ['Microsoft ID', 'Company name', 'Primary domain name', 'Relationship', 'Sync state'] as const;

/**
 * One field, quoted when it needs to be. A value starting with = + - @ (or a tab or CR) is
 * prefixed with an apostrophe: spreadsheets would otherwise run it as a formula (CSV injection).
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function customerCsvLine(customer: ListedCustomer): string {
  const microsoftId = customer.id.startsWith('local:') ? '' : customer.id;
  return csvLine([microsoftId, customer.companyName, customer.domain, customer.relationship, customer.sync]);
}

/** The byte-order mark lets Excel read accented company names as UTF-8. */
export const csvStart = `\uFEFF${csvLine(csvHeader)}`;
