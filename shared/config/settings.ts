// The settings an office or a user can set, their schemas and built-in defaults (architecture §6).
// Every layer (defaults, office policy file, user settings) is validated against these schemas,
// so a hand-edited file can never hand the app a value it does not understand.
import { z } from 'zod';
import { cloudIds, clouds } from '../clouds';

export const localeSettings = ['system', 'en', 'it'] as const;
export type LocaleSetting = (typeof localeSettings)[number];
export type UiLanguage = Exclude<LocaleSetting, 'system'>;

// Base URLs are stored without a trailing slash so paths can be appended as written in the API page.
const httpUrl = z.url({ protocol: /^https?$/ }).transform((value) => value.replace(/\/+$/, ''));

export const settingSchemas = {
  cloud: z.enum(cloudIds),
  partnerCenterBaseUrl: httpUrl,
  referralsBaseUrl: httpUrl,
  graphBaseUrl: httpUrl,
  signInAuthority: httpUrl,
  clientId: z.string().max(100),
  updateUrl: z.union([httpUrl, z.literal('')]),
  locale: z.enum(localeSettings),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export const settingKeys = Object.keys(settingSchemas) as SettingKey[];
export type Settings = { [K in SettingKey]: z.output<(typeof settingSchemas)[K]> };

export const settingsSchema = z.object(settingSchemas);
export const partialSettingsSchema = settingsSchema.partial();

export const defaultSettings: Settings = {
  cloud: 'global',
  ...clouds.global.endpoints,
  clientId: '',
  updateUrl: '',
  locale: 'system',
};

/** Keys a user may change from the Settings screen; the rest are for office IT. */
export const userEditableKeys: readonly SettingKey[] = ['locale'];
