// What Partner Center does to customer accounts: add one, change its billing profile, end the
// relationship, and the changes colleagues and customers make on their side. Routes and the control
// API both come here, so the same rules and the same activity-log records apply to both.
// Every function runs inside the caller's transaction (EmulatorStore.write) and throws
// PartnerCenterFault to refuse, which rolls the whole change back.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  billingProfileUpdateSchema,
  checkAddressForCountry,
  checkDomainPrefix,
  checkRegistrationNumber,
  describeDomainProblem,
  domainPrefixOf,
  EmulatorErrorCode,
  fullOnMicrosoftDomain,
  PartnerCenterErrorCode,
  type Address,
  type UserCredentials,
} from '../../shared/partner-center';
import type { z } from 'zod';
import type { newCustomerSchema } from '../../shared/partner-center';
import { PartnerCenterFault } from '../http/partner-center-fault';
import { describeIssues } from '../http/request-body';
import type { CustomerRecord, StoredBilling } from '../store/customers';
import type { EmulatorStore } from '../store/emulator-store';
import { bareEtag, newEtag } from '../store/etag';
import { ANOTHER_USER } from './actors';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The customer behind `{id}`, or the refusal Partner Center gives for a bad, unknown or former customer. */
export function customerOrFault(store: EmulatorStore, id: string): CustomerRecord {
  if (!GUID.test(id)) throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidCustomerId, `'${id}' is not a valid customer id; a customer id is the tenant id, a GUID.`);
  const customer = store.customers.get(id);
  if (!customer) throw new PartnerCenterFault(404, PartnerCenterErrorCode.tenantNotFound, `Tenant '${id}' was not found.`);
  if (customer.relationship === 'none') throw new PartnerCenterFault(403, PartnerCenterErrorCode.noRelationship, `The partner has no relationship with customer '${id}'.`);
  return customer;
}

/** Country rules on an address, as one 400 naming every problem (the first problem's code leads). */
export function assertAddressFitsCountry(address: Address, fieldPrefix: string): void {
  const problems = checkAddressForCountry(address);
  const first = problems[0];
  if (first) {
    throw new PartnerCenterFault(
      400,
      first.code,
      `The address is invalid. ${problems.map((problem) => `${fieldPrefix}${problem.field}: ${problem.message}`).join(' ')}`,
      problems.map((problem) => ({ field: `${fieldPrefix}${problem.field}`, code: problem.code, message: problem.message })),
    );
  }
}

function generatePassword(): string {
  // Partner Center's generated passwords are shown once; the emulator's only need to look like them.
  const bytes = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x');
  return `Pd${bytes}!7`;
}

export interface CreatedCustomer {
  customer: CustomerRecord;
  credentials: UserCredentials;
}

export function createCustomer(store: EmulatorStore, input: z.output<typeof newCustomerSchema>, actor: string): CreatedCustomer {
  const prefix = domainPrefixOf(input.companyProfile.domain);
  const domainProblem = checkDomainPrefix(prefix);
  if (domainProblem) {
    throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, `CompanyProfile.Domain '${input.companyProfile.domain}' is invalid. ${describeDomainProblem(domainProblem)}`, [{ field: 'CompanyProfile.Domain', message: describeDomainProblem(domainProblem) }]);
  }
  const address = input.billingProfile.defaultAddress;
  assertAddressFitsCountry(address, 'BillingProfile.DefaultAddress.');
  const registration = checkRegistrationNumber(address.country, input.companyProfile.organizationRegistrationNumber);
  if (registration) throw new PartnerCenterFault(400, registration.code, `CompanyProfile.${registration.field}: ${registration.message}`, [registration]);
  const reseller = input.associatedPartnerId?.toLowerCase();
  if (reseller !== undefined && !store.partners.isIndirectReseller(reseller)) {
    throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, `AssociatedPartnerId '${input.associatedPartnerId}' is not one of your indirect resellers.`);
  }
  const domain = fullOnMicrosoftDomain(prefix);
  if (store.customers.getByDomain(domain)) {
    throw new PartnerCenterFault(409, EmulatorErrorCode.domainAlreadyExists, `The domain ${domain} is already in use. Choose another domain prefix.`);
  }
  const id = randomUUID();
  const record: Omit<CustomerRecord, 'seq'> = {
    id,
    commerceId: randomUUID(),
    domain,
    companyName: input.billingProfile.companyName,
    relationship: 'reseller',
    associatedPartnerId: reseller ?? null,
    allowDelegatedAccess: true,
    customDomains: [],
    registrationNumber: input.companyProfile.organizationRegistrationNumber?.trim() || null,
    billing: {
      id: randomUUID(),
      firstName: address.firstName,
      lastName: address.lastName,
      email: input.billingProfile.email,
      culture: input.billingProfile.culture,
      language: input.billingProfile.language,
      companyName: input.billingProfile.companyName,
      defaultAddress: { ...address, country: address.country.toUpperCase() },
    },
    billingEtag: newEtag(),
    createdAt: store.clock.iso(),
  };
  store.customers.insert(record);
  store.audit.record({
    operationType: 'add_customer',
    resourceType: 'customer',
    customerId: id,
    customerName: record.companyName,
    newValue: { companyName: record.companyName, domain },
    userPrincipalName: actor,
  });
  const created = store.customers.get(id);
  if (!created) throw new Error('customer vanished inside its own transaction');
  return { customer: created, credentials: { userName: `admin@${domain}`, password: generatePassword() } };
}

/** `If-Match` rules shared by every etag-guarded write (see emulator/README.md for the choice of 412). */
export function assertEtagMatches(ifMatch: string | undefined, current: string, resource: string): void {
  if (ifMatch === undefined || ifMatch.trim() === '') {
    throw new PartnerCenterFault(400, EmulatorErrorCode.ifMatchRequired, `The If-Match header is required to update the ${resource}: send the etag you last read, quoted.`);
  }
  if (ifMatch.trim() !== '*' && bareEtag(ifMatch) !== current) {
    throw new PartnerCenterFault(412, PartnerCenterErrorCode.staleEtag, `Etag is no longer valid: the ${resource} was changed by someone else. Read it again and reapply your change.`);
  }
}

export function updateBillingProfile(store: EmulatorStore, customer: CustomerRecord, update: z.output<typeof billingProfileUpdateSchema>, actor: string): CustomerRecord {
  if (update.defaultAddress.country !== customer.billing.defaultAddress.country) {
    throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, `BillingProfile.DefaultAddress.Country cannot be changed (it is ${customer.billing.defaultAddress.country}).`);
  }
  assertAddressFitsCountry(update.defaultAddress, 'DefaultAddress.');
  const billing: StoredBilling = {
    id: customer.billing.id,
    firstName: update.defaultAddress.firstName,
    lastName: update.defaultAddress.lastName,
    email: update.email,
    culture: update.culture,
    language: update.language,
    companyName: update.companyName,
    defaultAddress: update.defaultAddress,
  };
  return saveBilling(store, customer, billing, actor);
}

function saveBilling(store: EmulatorStore, customer: CustomerRecord, billing: StoredBilling, actor: string): CustomerRecord {
  const etag = newEtag();
  if (billing.companyName !== customer.companyName) store.customers.rename(customer.id, billing.companyName, billing, etag);
  else store.customers.updateBilling(customer.id, billing, etag);
  store.audit.record({
    operationType: 'update_customer_billing_profile',
    resourceType: 'customer',
    customerId: customer.id,
    customerName: billing.companyName,
    oldValue: customer.billing,
    newValue: billing,
    userPrincipalName: actor,
  });
  return store.customers.get(customer.id) ?? customer;
}

/** A colleague edits some billing fields in the portal: the etag moves under Partner Desk's feet. */
export function changeBillingAsAnotherUser(store: EmulatorStore, customer: CustomerRecord, fields: Record<string, unknown>): CustomerRecord {
  const { defaultAddress, ...rest } = fields;
  const merged = {
    ...customer.billing,
    ...rest,
    defaultAddress: {
      ...customer.billing.defaultAddress,
      // The contact's name lives in both places; a colleague's edit of either moves both.
      ...(typeof rest.firstName === 'string' ? { firstName: rest.firstName } : {}),
      ...(typeof rest.lastName === 'string' ? { lastName: rest.lastName } : {}),
      ...(typeof defaultAddress === 'object' && defaultAddress !== null ? defaultAddress : {}),
    },
  };
  const parsed = billingProfileUpdateSchema.safeParse(merged);
  if (!parsed.success) {
    const { description, data } = describeIssues(parsed.error.issues, merged);
    throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, description, data);
  }
  return updateBillingProfile(store, customer, parsed.data, ANOTHER_USER);
}

export function renameCustomer(store: EmulatorStore, customer: CustomerRecord, companyName: string, actor: string): CustomerRecord {
  const name = companyName.trim();
  if (name === '' || name.length > 255) throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, 'CompanyName must be 1-255 characters.');
  const billing = { ...customer.billing, companyName: name };
  store.customers.rename(customer.id, name, billing, newEtag());
  store.audit.record({
    operationType: 'update_customer_partner_contract_company_name',
    resourceType: 'customer',
    customerId: customer.id,
    customerName: name,
    oldValue: { companyName: customer.companyName },
    newValue: { companyName: name },
    userPrincipalName: actor,
  });
  return store.customers.get(customer.id) ?? customer;
}

/** Ends the reseller relationship; refused while any subscription (an Azure plan too) is active. */
export function removeRelationship(store: EmulatorStore, customer: CustomerRecord, actor: string, options: { force?: boolean } = {}): CustomerRecord {
  const active = store.subscriptions.activeFor(customer.id);
  if (active > 0 && !options.force) {
    throw new PartnerCenterFault(
      400,
      EmulatorErrorCode.activeSubscriptionsExist,
      `The relationship with ${customer.companyName} cannot be removed: the customer has ${active} active subscription${active === 1 ? '' : 's'} (an Azure plan counts too). Suspend them first.`,
      [{ activeSubscriptions: active }],
    );
  }
  store.customers.setRelationship(customer.id, 'none');
  store.audit.record({
    operationType: 'remove_partner_customer_relationship',
    resourceType: 'customer',
    customerId: customer.id,
    customerName: customer.companyName,
    oldValue: { relationshipToPartner: customer.relationship },
    newValue: { relationshipToPartner: 'none' },
    userPrincipalName: actor,
  });
  return { ...customer, relationship: 'none' };
}

export function suspendSubscriptions(store: EmulatorStore, customer: CustomerRecord, actor: string): number {
  const active = store.subscriptions.list(customer.id).filter((subscription) => subscription.status === 'active');
  store.subscriptions.suspendActive(customer.id);
  for (const subscription of active) {
    store.audit.record({
      operationType: 'update_subscription',
      resourceType: 'subscription',
      customerId: customer.id,
      customerName: customer.companyName,
      oldValue: { id: subscription.id, status: 'active' },
      newValue: { id: subscription.id, status: 'suspended' },
      userPrincipalName: actor,
      customizedData: { SubscriptionId: subscription.id },
    });
  }
  return active.length;
}
