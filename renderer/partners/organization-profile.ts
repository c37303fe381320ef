// The partner's organization profile as the screen shows it: what Partner Center holds, with the
// user's change on top while that change is open (waiting, refused or in conflict), and the checks
// a profile must pass before it is saved. Pure, so the rules are unit-tested.
import { ADDRESS_LIMITS, checkAddressForCountry, type OrganizationProfile } from '../../shared/partner-center';
import type { OutboxOperation } from '../../shared/sync/operations';
import type { RecordSyncState } from '../data/records';

/** The fields the user edits and the sync merges: the profile without Partner Center's own ids. */
export type OrganizationProfileFields = Omit<OrganizationProfile, 'attributes' | 'id' | 'tenantId'>;

/** The user's change, kept beside Partner Center's copy (`organizationProfile`) until it is settled. */
export interface OrganizationProfileEdit {
  current: OrganizationProfileFields;
  editedAt: string;
}

export function profileFields(profile: OrganizationProfile | OrganizationProfileFields): OrganizationProfileFields {
  const { companyName, defaultAddress, domain, email, language, culture } = profile;
  return { companyName, defaultAddress: { ...defaultAddress }, domain, email, language, culture };
}

export interface ShownProfile {
  fields: OrganizationProfileFields;
  server: OrganizationProfile | null;
  state: RecordSyncState;
  /** The open operation the screen offers actions on: the first one that needs the user, else the last one. */
  operation: OutboxOperation | null;
}

const openStatuses: readonly OutboxOperation['status'][] = ['queued', 'in-flight', 'rejected', 'conflict'];

/**
 * What the screen shows. While a change is open the user's version stands (a pull bringing a newer
 * server copy must not hide it); once it is acknowledged or discarded Partner Center's copy does.
 */
export function shownProfile(server: OrganizationProfile | null, edit: OrganizationProfileEdit | null, operations: readonly OutboxOperation[]): ShownProfile | null {
  const open = operations.filter((operation) => operation.payload.kind === 'update-organization-profile' && openStatuses.includes(operation.status));
  const needsUser = open.find((operation) => operation.status === 'conflict') ?? open.find((operation) => operation.status === 'rejected');
  const state: RecordSyncState = needsUser?.status === 'conflict' ? 'conflict' : needsUser ? 'rejected' : open.length > 0 ? 'pending' : 'synced';
  const fields = open.length > 0 && edit ? edit.current : server ? profileFields(server) : null;
  if (!fields) return null;
  return { fields, server, state, operation: needsUser ?? open.at(-1) ?? null };
}

export type ProfileField =
  | 'companyName'
  | 'email'
  | 'addressLine1'
  | 'addressLine2'
  | 'city'
  | 'state'
  | 'postalCode'
  | 'firstName'
  | 'lastName'
  | 'phoneNumber'
  | 'language'
  | 'culture';

/** Problems by field, as keys of `partners.profile.errors`. */
export type ProfileProblems = Partial<Record<ProfileField, 'required' | 'email' | 'tooLong' | 'postalCode' | 'state' | 'phoneNumber'>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The checks Partner Center makes, run before saving so a refusal is the exception, not the rule. */
export function checkProfile(fields: OrganizationProfileFields): ProfileProblems {
  const problems: ProfileProblems = {};
  const address = fields.defaultAddress;
  if (fields.companyName.trim() === '') problems.companyName = 'required';
  else if (fields.companyName.length > 255) problems.companyName = 'tooLong';
  if (fields.email.trim() === '') problems.email = 'required';
  else if (!EMAIL.test(fields.email.trim())) problems.email = 'email';
  if (address.addressLine1.trim() === '') problems.addressLine1 = 'required';
  else if (address.addressLine1.length > ADDRESS_LIMITS.addressLine1.max) problems.addressLine1 = 'tooLong';
  if ((address.addressLine2 ?? '').length > ADDRESS_LIMITS.addressLine2.max) problems.addressLine2 = 'tooLong';
  if ((address.firstName ?? '').length > ADDRESS_LIMITS.firstName.max) problems.firstName = 'tooLong';
  if ((address.lastName ?? '').length > ADDRESS_LIMITS.lastName.max) problems.lastName = 'tooLong';
  for (const problem of checkAddressForCountry(address)) {
    if (problem.field === 'City') problems.city ??= 'required';
    if (problem.field === 'PostalCode') problems.postalCode ??= (address.postalCode ?? '').trim() === '' ? 'required' : 'postalCode';
    if (problem.field === 'State') problems.state ??= (address.state ?? '').trim() === '' ? 'required' : 'state';
    if (problem.field === 'PhoneNumber') problems.phoneNumber ??= (address.phoneNumber ?? '').trim() === '' ? 'required' : 'phoneNumber';
  }
  if (fields.language.trim() === '') problems.language = 'required';
  if (fields.culture.trim() === '') problems.culture = 'required';
  return problems;
}

/** Trims what the user typed and drops empty optional address lines, as Partner Center stores them. */
export function tidyProfile(fields: OrganizationProfileFields): OrganizationProfileFields {
  const address: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(fields.defaultAddress)) {
    const trimmed = typeof value === 'string' ? value.trim() : value;
    if (trimmed !== '' && trimmed !== undefined) address[key] = trimmed;
  }
  return {
    ...fields,
    companyName: fields.companyName.trim(),
    email: fields.email.trim(),
    defaultAddress: address as OrganizationProfileFields['defaultAddress'],
  };
}

/** The label key (under `partners.profile.fields`) of a flattened field path such as `defaultAddress.city`. */
export function fieldLabelKey(path: string): string {
  const last = path.split('.').at(-1) ?? path;
  return last;
}
