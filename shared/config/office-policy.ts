// The shape of the office policy file that IT ships with the installer (architecture §6):
// values to preset and the keys users may not change. Unknown keys are an error, not ignored,
// so a typo in IT's file is reported instead of silently doing nothing.
import { z } from 'zod';
import { partialSettingsSchema, settingKeys, type SettingKey } from './settings';

export const officePolicySchema = z.strictObject({
  values: partialSettingsSchema.strict().default({}),
  locked: z.array(z.enum(settingKeys as [SettingKey, ...SettingKey[]])).default([]),
});

export type OfficePolicy = z.output<typeof officePolicySchema>;
