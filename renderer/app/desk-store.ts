// What the shell knows about its desktop host: app info, the effective configuration and the
// connection. Filled once at start and kept current by main's events; components read it and
// dispatch intents (setLocale), never calling IPC themselves.
import { create } from 'zustand';
import type { ConfigSnapshot } from '../../shared/config/snapshot';
import type { LocaleSetting } from '../../shared/config/settings';
import type { AppInfo, Connectivity } from '../../shared/ipc/contract';
import { resolveUiLanguage, switchLanguage } from '../i18n/i18n';
import { deskApi, DeskCallError, unwrap } from '../platform/desk-api';

interface DeskState {
  appInfo: AppInfo;
  config: ConfigSnapshot;
  connectivity: Connectivity;
  /** The last failed settings change, shown next to the control. */
  settingError: string | null;
  setLocale(locale: LocaleSetting): Promise<void>;
}

export type DeskStore = ReturnType<typeof createDeskStore>;

function createDeskStore(initial: Pick<DeskState, 'appInfo' | 'config' | 'connectivity'>) {
  return create<DeskState>()((set, get) => ({
    ...initial,
    settingError: null,
    async setLocale(locale) {
      try {
        const config = await unwrap(deskApi().setSetting({ key: 'locale', value: locale }));
        set({ config, settingError: null });
        await switchLanguage(resolveUiLanguage(config.settings.locale, get().appInfo.osLocale));
      } catch (error) {
        set({ settingError: error instanceof DeskCallError ? error.error.message : String(error) });
      }
    },
  }));
}

/** Loads the initial state from main and subscribes to its events. */
export async function startDeskStore(): Promise<DeskStore> {
  const api = deskApi();
  const [appInfo, config, connectivity] = await Promise.all([
    unwrap(api.getAppInfo()),
    unwrap(api.getConfig()),
    unwrap(api.getConnectivity()),
  ]);
  const store = createDeskStore({ appInfo, config, connectivity });
  api.on.connectivityChanged((next) => store.setState({ connectivity: next }));
  api.on.configChanged((next) => {
    store.setState({ config: next });
    void switchLanguage(resolveUiLanguage(next.settings.locale, store.getState().appInfo.osLocale));
  });
  // The page learns of a lost network before main's poll does; ask main to look again at once.
  const recheck = () => void unwrap(api.checkConnectivity()).then((next) => store.setState({ connectivity: next }));
  window.addEventListener('online', recheck);
  window.addEventListener('offline', recheck);
  return store;
}
