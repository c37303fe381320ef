// A customer's Global admin accepts the reseller invitation in the Microsoft 365 admin center. Partner
// Center has no pending-invitation list; acceptance is seen when the customer shows up in the customer
// list with relationship `reseller`. That is all this does (played through the control API).
import { fullOnMicrosoftDomain, PartnerCenterErrorCode } from '../../shared/partner-center';
import { PartnerCenterFault } from '../http/partner-center-fault';
import { DomainPrefixes, generateCustomer } from '../seed/customer-generator';
import { SeededRandom } from '../seed/prng';
import type { CustomerRecord } from '../store/customers';
import type { EmulatorStore } from '../store/emulator-store';
import { customerAdmin } from './actors';

export const INVITATIONS_ACCEPTED_KEY = 'invitations-accepted';

export interface Acceptance {
  domain: string;
  companyName?: string;
  country?: string;
  delegatedAdmin?: boolean;
}

/** FNV-1a: the same domain always gets the same generated contact and address. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash;
}

function normalizeDomain(raw: string): string {
  const domain = raw.trim().toLowerCase();
  const full = domain.includes('.') ? domain : fullOnMicrosoftDomain(domain);
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/.test(full)) {
    throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, `'${raw}' is not a domain name.`);
  }
  return full;
}

export function acceptInvitation(store: EmulatorStore, acceptance: Acceptance): CustomerRecord {
  const domain = normalizeDomain(acceptance.domain);
  const existing = store.customers.getByDomain(domain);
  if (existing && existing.relationship !== 'none') return existing;
  if (existing) {
    store.customers.setRelationship(existing.id, 'reseller');
  } else {
    const random = new SeededRandom(hashOf(domain));
    const prefixes = new DomainPrefixes(new Set());
    const companyName = acceptance.companyName ?? `${(domain.split('.')[0] ?? domain).replace(/^./, (char) => char.toUpperCase())}`;
    const { customer } = generateCustomer(random, prefixes, { now: store.clock.now().getTime(), domain, companyName, withSubscriptions: false, ...(acceptance.country ? { country: acceptance.country.toUpperCase() } : {}) });
    store.customers.insert({ ...customer, relationship: 'reseller', associatedPartnerId: null, allowDelegatedAccess: acceptance.delegatedAdmin ?? true, createdAt: store.clock.iso() });
  }
  const accepted = store.customers.getByDomain(domain);
  if (!accepted) throw new Error('accepted customer vanished inside its own transaction');
  store.meta.set(INVITATIONS_ACCEPTED_KEY, (store.meta.get<number>(INVITATIONS_ACCEPTED_KEY) ?? 0) + 1);
  store.audit.record({
    operationType: 'accept_reseller_relationship',
    resourceType: 'customer',
    customerId: accepted.id,
    customerName: accepted.companyName,
    oldValue: existing ? { relationshipToPartner: 'none' } : undefined,
    newValue: { relationshipToPartner: 'reseller', domain },
    userPrincipalName: customerAdmin(domain),
  });
  return accepted;
}
