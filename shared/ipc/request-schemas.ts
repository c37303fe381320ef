// Runtime schemas for every invoke channel's request, checked by main before a handler runs.
// The mapped type makes a missing schema a compile error.
import { z } from 'zod';
import { settingSchemas, settingKeys, type SettingKey } from '../config/settings';
import type { InvokeChannel, RequestOf, SettingChange } from './contract';

const noPayload = z.undefined();

const settingChange = z
  .object({ key: z.enum(settingKeys as [SettingKey, ...SettingKey[]]), value: z.unknown() })
  .strict()
  .transform((change, ctx): SettingChange => {
    const parsed = settingSchemas[change.key].safeParse(change.value);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: `${change.key}: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
      return z.NEVER;
    }
    return { key: change.key, value: parsed.data } as SettingChange;
  });

export const requestSchemas: { [C in InvokeChannel]: z.ZodType<RequestOf<C>, unknown> } = {
  'pd:app.info': noPayload,
  'pd:config.get': noPayload,
  'pd:config.set': settingChange,
  'pd:connectivity.get': noPayload,
  'pd:connectivity.check': noPayload,
  'pd:shell.openExternal': z.object({ url: z.string().max(2048) }).strict(),
};
