// What the renderer learns about the configuration: effective values, which keys are locked
// by the office, and any problem found while reading the layers (shown as a banner).
import type { SettingKey, Settings } from './settings';

export interface ConfigProblem {
  /** Which layer was at fault. */
  source: 'office' | 'user';
  /** The file that was read, so IT can find it. */
  file: string;
  /** What is wrong with it, in plain words (English; the banner adds its own sentence). */
  fault: string;
}

export interface ConfigSnapshot {
  settings: Settings;
  locked: SettingKey[];
  /** Where each effective value came from. */
  origins: Record<SettingKey, 'default' | 'office' | 'user'>;
  problems: ConfigProblem[];
}
