// The add-customer steps' state and intents: the draft as typed, the step, the problems shown,
// the country rules in force and the domain check. The draft survives leaving the page, so a
// partner who goes to look something up comes back to what they typed.
import { create } from 'zustand';
import { checkDomainPrefix, type CountryValidationRules } from '../../../shared/partner-center';
import type { PartnerDeskDatabase } from '../../data/database';
import { createCustomer, CustomerChangeRefused } from '../customer-mutations';
import { cachedCountryRules, refreshCountryRules } from './country-rules-cache';
import { checkDomainAvailability, type DomainAvailability } from './domain-availability';
import { emptyDraft, languageFor, steps, toNewCustomer, type DraftField, type NewCustomerDraft, type Step } from './new-customer-draft';
import { checkStep, firstStepWithProblem, type FieldProblem, type FieldProblems } from './new-customer-rules';
import { changeFailureMessage } from '../change-failure';

const domainCheckDelayMs = 400;

interface AddCustomerState {
  started: boolean;
  draft: NewCustomerDraft;
  step: Step;
  /** Problems shown; filled when the user tries to move on, then kept current as they type. */
  problems: FieldProblems;
  rules: CountryValidationRules | null;
  domain: DomainAvailability;
  saving: boolean;
  saveProblem: FieldProblem | null;
  begin(db: PartnerDeskDatabase, defaults: { country: string; uiLanguage: string; online: boolean }): Promise<void>;
  update<F extends DraftField>(db: PartnerDeskDatabase, field: F, value: NewCustomerDraft[F], context: { uiLanguage: string; online: boolean }): void;
  recheckDomain(db: PartnerDeskDatabase, online: boolean): void;
  next(): boolean;
  back(): void;
  goTo(step: Step): void;
  save(db: PartnerDeskDatabase): Promise<string | null>;
  discard(): void;
}

let domainTimer: ReturnType<typeof setTimeout> | null = null;
let domainAsked = 0;

export const useAddCustomer = create<AddCustomerState>()((set, get) => {
  const loadRules = async (db: PartnerDeskDatabase, country: string, uiLanguage: string, online: boolean) => {
    const apply = (rules: CountryValidationRules | null) => {
      if (get().draft.country !== country) return;
      const { draft } = get();
      const fitting = rules && rules.supportedLanguages.includes(draft.language) && rules.supportedCultures.includes(draft.culture);
      set({ rules, draft: rules && !fitting ? { ...draft, ...languageFor(rules, uiLanguage) } : draft });
    };
    apply(await cachedCountryRules(db, country));
    if (online) {
      const fresh = await refreshCountryRules(db, country);
      if (fresh) apply(fresh);
    }
  };

  /** Re-checks only the fields already showing a problem, so fixing one clears it at once. */
  const refreshShownProblems = (field: DraftField) => {
    const { problems, step, draft, rules } = get();
    if (!(field in problems)) return;
    const now = checkStep(step, draft, rules);
    set({ problems: { ...problems, [field]: now[field] } });
  };

  return {
    started: false,
    draft: emptyDraft('US'),
    step: 'company',
    problems: {},
    rules: null,
    domain: 'unchecked',
    saving: false,
    saveProblem: null,

    async begin(db, { country, uiLanguage, online }) {
      if (!get().started) set({ started: true, draft: emptyDraft(country), step: 'company', problems: {}, domain: 'unchecked', saveProblem: null });
      await loadRules(db, get().draft.country, uiLanguage, online);
    },

    update(db, field, value, { uiLanguage, online }) {
      const draft = { ...get().draft, [field]: value };
      if (field === 'country') {
        // A state or postal code of another country would only mislead.
        draft.state = '';
        set({ draft, rules: null });
        void loadRules(db, value as string, uiLanguage, online);
      } else {
        set({ draft });
      }
      refreshShownProblems(field);
      if (field === 'domainPrefix') get().recheckDomain(db, online);
    },

    recheckDomain(db, online) {
      if (domainTimer) clearTimeout(domainTimer);
      const prefix = get().draft.domainPrefix.trim();
      if (checkDomainPrefix(prefix) !== null) return set({ domain: 'unchecked' });
      set({ domain: online ? 'checking' : 'check-later' });
      const asked = ++domainAsked;
      domainTimer = setTimeout(() => {
        void checkDomainAvailability(db, prefix, online).then((domain) => {
          if (asked === domainAsked) set({ domain });
        });
      }, online ? domainCheckDelayMs : 0);
    },

    next() {
      const { step, draft, rules } = get();
      const problems = checkStep(step, draft, rules);
      const domainRefused = step === 'company' && (get().domain === 'taken' || get().domain === 'in-your-list');
      if (Object.keys(problems).length > 0 || domainRefused) {
        set({ problems: domainRefused ? { ...problems, domainPrefix: { key: get().domain === 'taken' ? 'domainTaken' : 'domainInYourList' } } : problems });
        return false;
      }
      const position = steps.indexOf(step);
      set({ step: steps[Math.min(position + 1, steps.length - 1)]!, problems: {} });
      return true;
    },

    back() {
      const position = steps.indexOf(get().step);
      set({ step: steps[Math.max(0, position - 1)]!, problems: {} });
    },

    goTo(step) {
      set({ step, problems: {} });
    },

    async save(db) {
      const { draft, rules } = get();
      const problems = checkStep('review', draft, rules);
      const firstStep = firstStepWithProblem(problems);
      if (firstStep) {
        set({ step: firstStep, problems: checkStep(firstStep, draft, rules) });
        return null;
      }
      set({ saving: true, saveProblem: null });
      try {
        const created = await createCustomer(db, toNewCustomer(draft));
        set({ started: false, saving: false, draft: emptyDraft(draft.country), step: 'company', problems: {}, domain: 'unchecked' });
        return created.id;
      } catch (error) {
        if (error instanceof CustomerChangeRefused && error.reason === 'domain-exists') {
          set({ saving: false, step: 'company', problems: { domainPrefix: { key: 'domainInYourList' } } });
        } else {
          set({ saving: false, saveProblem: { key: 'saveFailed', values: { message: changeFailureMessage(error) } } });
        }
        return null;
      }
    },

    discard() {
      set({ started: false, draft: emptyDraft(get().draft.country), step: 'company', problems: {}, domain: 'unchecked', saveProblem: null });
    },
  };
});
