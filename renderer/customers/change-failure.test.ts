// The customer screens' refusals reach the user in their language, counts in the right plural,
// and a full disk says how to fix it.
import { Dexie } from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { initI18n } from '../i18n/i18n';
import { changeFailureMessage } from './change-failure';
import { CustomerChangeRefused } from './customer-mutations';
import { OperationNotSettleable } from './details/operation-actions';

const globals = globalThis as { document?: unknown };
const hadDocument = 'document' in globals;
beforeAll(async () => {
  // initI18n sets the page's language on <html>: the one bit of the DOM it needs.
  globals.document ??= { documentElement: {} };
  await initI18n('it');
});
afterAll(async () => {
  await i18next.changeLanguage('en');
  if (!hadDocument) delete globals.document;
});

describe('what a customer screen says when a change could not be made', () => {
  it('says an intent’s refusal in the user’s language, with its values', async () => {
    expect(changeFailureMessage(new CustomerChangeRefused('domain-exists', 'English', { domain: 'rossi.onmicrosoft.com' }))).toBe('Un cliente con il dominio rossi.onmicrosoft.com è già nel tuo elenco.');
    expect(changeFailureMessage(new CustomerChangeRefused('active-subscriptions', 'English', { count: 1 }))).toContain('1 sottoscrizione attiva');
    expect(changeFailureMessage(new CustomerChangeRefused('active-subscriptions', 'English', { count: 3 }))).toContain('3 sottoscrizioni attive');
    expect(changeFailureMessage(new OperationNotSettleable('English'))).toBe('Questa modifica è già stata inviata o scartata.');
    await i18next.changeLanguage('en');
    expect(changeFailureMessage(new CustomerChangeRefused('removal-refused-waiting', 'x'))).toMatch(/^Partner Center refused an earlier removal/);
    await i18next.changeLanguage('it');
  });

  it('says a full disk in words that say what to do, and anything else in its own words', () => {
    expect(changeFailureMessage(new Dexie.QuotaExceededError())).toMatch(/^il disco è pieno\. Libera spazio su disco/);
    expect(changeFailureMessage(new Error('Something else broke.'))).toBe('Something else broke.');
    // Ended as a sentence, since each screen's template goes on after it.
    expect(changeFailureMessage(new Error('ConstraintError: Key already exists'))).toBe('ConstraintError: Key already exists.');
  });
});
