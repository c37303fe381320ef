// The billing form on the customer page, in three uses: editing the profile (a new local-first
// change), correcting a billing edit Partner Center refused, and correcting a new customer it
// refused (then the domain prefix is asked too). Problems appear once the user tries to save and
// then follow their typing; nothing typed is ever cleared by a problem or a failed save.
import { create } from 'zustand';
import { checkDomainPrefix, DOMAIN_PREFIX_MAX, domainPrefixOf, fullOnMicrosoftDomain, type CountryValidationRules, type NewCustomer } from '../../../shared/partner-center';
import type { OutboxOperation } from '../../../shared/sync/operations';
import type { PartnerDeskDatabase } from '../../data/database';
import type { BillingProfileFields } from '../../data/records';
import type { FieldProblem, FieldProblems } from '../add/new-customer-rules';
import { cachedCountryRules } from '../add/country-rules-cache';
import { updateBillingProfile } from '../customer-mutations';
import { checkBillingDraft, draftOfProfile, profileOfDraft, type BillingDraft, type BillingDraftField } from './billing-draft';
import { sendAgain } from './operation-actions';
import { changeFailureMessage } from '../change-failure';

export type BillingFormPurpose =
  | { kind: 'edit' }
  | { kind: 'correct-edit'; operationId: string }
  | { kind: 'correct-creation'; operationId: string; customer: NewCustomer };

export type BillingFormField = BillingDraftField | 'domainPrefix';

interface BillingFormState {
  customerId: string | null;
  purpose: BillingFormPurpose;
  profile: BillingProfileFields | null;
  draft: BillingDraft | null;
  domainPrefix: string;
  rules: CountryValidationRules | null;
  problems: Partial<Record<BillingFormField, FieldProblem>>;
  saving: boolean;
  saveProblem: string | null;
  open(db: PartnerDeskDatabase, customerId: string, profile: BillingProfileFields, purpose?: BillingFormPurpose): Promise<void>;
  openCorrection(db: PartnerDeskDatabase, customerId: string, operation: OutboxOperation, current: BillingProfileFields | undefined): Promise<void>;
  update(field: BillingFormField, value: string): void;
  save(db: PartnerDeskDatabase): Promise<boolean>;
  close(): void;
}

function checkForm(state: Pick<BillingFormState, 'draft' | 'rules' | 'purpose' | 'domainPrefix'>): BillingFormState['problems'] {
  const problems: BillingFormState['problems'] = state.draft ? checkBillingDraft(state.draft, state.rules) : {};
  if (state.purpose.kind === 'correct-creation') {
    const problem = checkDomainPrefix(state.domainPrefix.trim());
    if (problem) problems.domainPrefix = { key: `domain-${problem}`, values: { max: DOMAIN_PREFIX_MAX } };
  }
  return problems;
}

/** A refused new customer's body, as the billing fields the form shows. */
function profileOfNewCustomer(customer: NewCustomer): BillingProfileFields {
  const { email, culture, language, companyName, defaultAddress } = customer.billingProfile;
  return { id: '', firstName: defaultAddress.firstName, lastName: defaultAddress.lastName, email, culture, language, companyName, defaultAddress };
}

const closed = { customerId: null, purpose: { kind: 'edit' } as BillingFormPurpose, profile: null, draft: null, domainPrefix: '', rules: null, problems: {}, saving: false, saveProblem: null };

export const useBillingForm = create<BillingFormState>()((set, get) => ({
  ...closed,

  async open(db, customerId, profile, purpose = { kind: 'edit' }) {
    const draft = draftOfProfile(profile);
    set({ ...closed, customerId, purpose, profile, draft, rules: null });
    const rules = await cachedCountryRules(db, draft.country);
    if (get().customerId === customerId) set({ rules });
  },

  async openCorrection(db, customerId, operation, current) {
    const payload = operation.payload;
    if (payload.kind === 'create-customer') {
      await get().open(db, customerId, profileOfNewCustomer(payload.customer), { kind: 'correct-creation', operationId: operation.id, customer: payload.customer });
      set({ domainPrefix: domainPrefixOf(payload.customer.companyProfile.domain) });
    } else if (payload.kind === 'update-billing-profile' && current) {
      await get().open(db, customerId, current, { kind: 'correct-edit', operationId: operation.id });
    }
  },

  update(field, value) {
    const state = get();
    if (!state.draft) return;
    const next = field === 'domainPrefix' ? { domainPrefix: value } : { draft: { ...state.draft, [field]: value } };
    set(next);
    if (field in state.problems) {
      const now = checkForm({ ...get() });
      set({ problems: { ...get().problems, [field]: now[field] } });
    }
  },

  async save(db) {
    const state = get();
    if (!state.customerId || !state.profile || !state.draft) return false;
    const problems = checkForm(state);
    if (Object.keys(problems).length > 0) {
      set({ problems });
      return false;
    }
    set({ saving: true, saveProblem: null });
    const next = profileOfDraft(state.profile, state.draft);
    try {
      if (state.purpose.kind === 'edit') {
        await updateBillingProfile(db, state.customerId, next);
      } else if (state.purpose.kind === 'correct-edit') {
        await sendAgain(db, state.purpose.operationId, { billing: next });
      } else {
        const { email, culture, language, companyName, defaultAddress } = next;
        const customer: NewCustomer = {
          ...state.purpose.customer,
          companyProfile: { ...state.purpose.customer.companyProfile, domain: fullOnMicrosoftDomain(state.domainPrefix.trim()) },
          billingProfile: { email, culture, language, companyName, defaultAddress },
        };
        await sendAgain(db, state.purpose.operationId, { customer });
      }
      set({ ...closed });
      return true;
    } catch (error) {
      const message = changeFailureMessage(error);
      set({ saving: false, saveProblem: message });
      return false;
    }
  },

  close() {
    set({ ...closed });
  },
}));

export type { FieldProblems };
