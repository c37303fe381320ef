// Where IT puts the office policy file on each platform (architecture §6). An environment
// variable can point elsewhere, which is how `npm start`, the hosted harness and tests hand the
// app an emulator configuration without touching the machine-wide file.
import path from 'node:path';

export const officePolicyEnvVar = 'PARTNER_DESK_OFFICE_CONFIG';

export function officePolicyPath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  const override = env[officePolicyEnvVar];
  if (override) return override;
  if (platform === 'win32') return path.win32.join(env.ProgramData ?? 'C:\\ProgramData', 'PartnerDesk', 'office.json');
  if (platform === 'darwin') return '/Library/Application Support/PartnerDesk/office.json';
  return '/etc/partner-desk/office.json';
}
