// i18next set-up: English and Italian, chosen from the user's setting or else the OS locale.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LocaleSetting, UiLanguage } from '../../shared/config/settings';
import { en } from './en';
import { it } from './it';
import { customerTexts } from '../customers/texts';
import { invitationTexts } from '../invitations/texts';
import { partnerTexts } from '../partners/texts';
import { referralTexts } from '../referrals/texts';

// Each feature keeps its own texts beside its screens ({ en, it } with the same keys) and is
// mounted here under its name, e.g. t('customers.list.title').
const featureTexts = { customers: customerTexts, invitations: invitationTexts, referrals: referralTexts, partners: partnerTexts } satisfies Record<string, { en: object; it: object }>;

const withFeatures = (language: 'en' | 'it', base: object) =>
  Object.fromEntries([...Object.entries(base), ...Object.entries(featureTexts).map(([name, texts]) => [name, (texts as Record<string, object>)[language]])]);

export const uiLanguages: readonly UiLanguage[] = ['en', 'it'];

/** The language to show: the user's choice, else the OS locale when we speak it, else English. */
export function resolveUiLanguage(setting: LocaleSetting, osLocale: string): UiLanguage {
  if (setting !== 'system') return setting;
  const base = osLocale.toLowerCase().split(/[-_]/)[0];
  return uiLanguages.find((language) => language === base) ?? 'en';
}

export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: withFeatures('en', en) }, it: { translation: withFeatures('it', it) } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function switchLanguage(language: UiLanguage): Promise<void> {
  if (i18next.language !== language) await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
