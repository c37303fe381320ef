// Resolves the effective configuration from its layers (architecture §6): built-in defaults,
// then the office policy file, then the user's settings; keys the office locks stay as the
// office set them. Pure: it takes the files' text, so every fault case is unit-tested.
// A broken layer is reported and skipped; it never stops the app.
import { clouds } from '../../../shared/clouds';
import type { ConfigProblem, ConfigSnapshot } from '../../../shared/config/snapshot';
import { officePolicySchema } from '../../../shared/config/office-policy';
import { defaultSettings, settingKeys, settingSchemas, type SettingKey, type Settings } from '../../../shared/config/settings';

export interface LayerFile {
  file: string;
  /** The file's text, or null when it does not exist (not a fault). */
  text: string | null;
}

type Values = Partial<Record<SettingKey, unknown>>;
type Origin = ConfigSnapshot['origins'][SettingKey];

function parseJson(layer: LayerFile, source: ConfigProblem['source'], problems: ConfigProblem[]): unknown {
  if (layer.text === null) return undefined;
  try {
    return JSON.parse(layer.text) as unknown;
  } catch (error) {
    problems.push({ source, file: layer.file, fault: `it is not valid JSON (${(error as Error).message})` });
    return undefined;
  }
}

function readOffice(layer: LayerFile | undefined, problems: ConfigProblem[]): { values: Values; locked: SettingKey[] } {
  const none = { values: {}, locked: [] };
  if (!layer) return none;
  const json = parseJson(layer, 'office', problems);
  if (json === undefined) return none;
  const parsed = officePolicySchema.safeParse(json);
  if (!parsed.success) {
    const faults = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`);
    problems.push({ source: 'office', file: layer.file, fault: faults.join('; ') });
    return none;
  }
  return { values: parsed.data.values, locked: [...new Set(parsed.data.locked)] };
}

function readUser(layer: LayerFile | undefined, problems: ConfigProblem[]): Values {
  if (!layer) return {};
  const json = parseJson(layer, 'user', problems);
  if (json === undefined) return {};
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    problems.push({ source: 'user', file: layer.file, fault: 'it does not hold a JSON object' });
    return {};
  }
  // A user file is ours, but may be hand-edited: keep the good keys, report the bad ones.
  const values: Values = {};
  for (const [key, value] of Object.entries(json)) {
    if (!(settingKeys as string[]).includes(key)) {
      problems.push({ source: 'user', file: layer.file, fault: `unknown setting "${key}" was ignored` });
      continue;
    }
    const parsed = settingSchemas[key as SettingKey].safeParse(value);
    if (parsed.success) values[key as SettingKey] = parsed.data;
    else problems.push({ source: 'user', file: layer.file, fault: `${key}: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
  }
  return values;
}

export function resolveConfig(layers: { office?: LayerFile; user?: LayerFile }): ConfigSnapshot {
  const problems: ConfigProblem[] = [];
  const office = readOffice(layers.office, problems);
  const user = readUser(layers.user, problems);
  const locked = new Set(office.locked);

  const pick = (key: SettingKey): { value: unknown; origin: Origin } | undefined => {
    if (!locked.has(key) && user[key] !== undefined) return { value: user[key], origin: 'user' };
    if (office.values[key] !== undefined) return { value: office.values[key], origin: 'office' };
    return undefined;
  };

  // The cloud decides the defaults of the endpoints, so it is resolved first.
  const cloudPick = pick('cloud');
  const cloud = (cloudPick?.value ?? defaultSettings.cloud) as Settings['cloud'];
  const defaults: Settings = { ...defaultSettings, cloud, ...clouds[cloud].endpoints };

  const settings = { ...defaults } as Record<SettingKey, unknown>;
  const origins = {} as Record<SettingKey, Origin>;
  for (const key of settingKeys) {
    const chosen = pick(key);
    settings[key] = chosen ? chosen.value : defaults[key];
    origins[key] = chosen ? chosen.origin : 'default';
  }
  return { settings: settings as Settings, locked: [...locked], origins, problems };
}
