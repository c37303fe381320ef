// Launches the same built app in real Electron (Playwright's _electron), for the `electron`
// project. Only used where an Electron binary exists; see electron-binary.ts.
import { _electron as electron, type Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from '../../scripts/electron-binary';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function launchElectronApp(options: { userDataDir: string; officePolicyFile: string; osLocale: string }) {
  const executablePath = electronBinary();
  if (!executablePath) throw new Error('No Electron binary: the electron project should not have run.');
  const app = await electron.launch({
    executablePath,
    args: [path.join(repoRoot, 'out/main/index.cjs'), `--user-data-dir=${options.userDataDir}`, `--lang=${options.osLocale}`],
    env: { ...process.env, PARTNER_DESK_OFFICE_CONFIG: options.officePolicyFile },
  });
  const page = await app.firstWindow();
  const setOffline = (offline: boolean) =>
    app.evaluate(async ({ session }, cut) => {
      // Cuts both sides: the renderer's network and main's net module share the default session.
      session.defaultSession.enableNetworkEmulation(cut ? { offline: true } : { offline: false });
    }, offline);
  return {
    page,
    async setOnline(online: boolean) {
      await setOffline(!online);
    },
    async newWindow(): Promise<Page> {
      const next = app.waitForEvent('window');
      await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('new-window')?.click());
      return next;
    },
    async quit() {
      await app.close();
    },
  };
}
