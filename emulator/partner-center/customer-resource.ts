// How a stored customer looks on the wire: the full Customer (by id), the light list item, and the
// two profiles. List items are deliberately light, as Partner Center's are (no billing profile,
// no allowDelegatedAccess), because that difference is something clients trip over.
import type { BillingProfile, CompanyProfile, Customer, CustomerListItem, UserCredentials } from '../../shared/partner-center';
import type { CustomerRecord, ListedCustomerRecord } from '../store/customers';

export function toCompanyProfile(record: CustomerRecord): CompanyProfile {
  const { firstName: _firstName, lastName: _lastName, ...address } = record.billing.defaultAddress;
  return {
    tenantId: record.id,
    domain: record.domain,
    companyName: record.companyName,
    address,
    email: record.billing.email,
    ...(record.registrationNumber ? { organizationRegistrationNumber: record.registrationNumber } : {}),
    attributes: { objectType: 'CustomerCompanyProfile' },
  };
}

export function toBillingProfile(record: CustomerRecord): BillingProfile {
  return { ...record.billing, attributes: { objectType: 'CustomerBillingProfile', etag: record.billingEtag } };
}

export function toCustomer(record: CustomerRecord, userCredentials?: UserCredentials): Customer {
  return {
    id: record.id,
    commerceId: record.commerceId,
    companyProfile: toCompanyProfile(record),
    billingProfile: toBillingProfile(record),
    relationshipToPartner: record.relationship,
    allowDelegatedAccess: record.allowDelegatedAccess,
    customDomains: record.customDomains,
    ...(record.associatedPartnerId ? { associatedPartnerId: record.associatedPartnerId } : {}),
    ...(userCredentials ? { userCredentials } : {}),
    attributes: { objectType: 'Customer' },
  };
}

export function toCustomerListItem(record: ListedCustomerRecord): CustomerListItem {
  return {
    id: record.id,
    companyProfile: { tenantId: record.id, domain: record.domain, companyName: record.companyName, attributes: { objectType: 'CustomerCompanyProfile' } },
    relationshipToPartner: record.relationship,
    attributes: { objectType: 'Customer' },
  };
}
