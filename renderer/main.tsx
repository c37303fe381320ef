// The renderer's entry: read the host's state, choose the language, then render the shell.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startDeskStore } from './app/desk-store';
import { exposeDiagnostics } from './app/diagnostics';
import { Dexie } from 'dexie';
import { restoreBackup } from './data/backup';
import { databaseName, PartnerDeskDatabase } from './data/database';
import { openDatabase } from './data/open-database';
import { RecoveryScreen } from './data/RecoveryScreen';
import { deskApi } from './platform/desk-api';
import { startSync } from './sync/start-sync';
import { initI18n, resolveUiLanguage } from './i18n/i18n';
import './app/global.css';

const container = document.getElementById('root')!;

async function start(): Promise<void> {
  const store = await startDeskStore();
  const { appInfo, config } = store.getState();
  await initI18n(resolveUiLanguage(config.settings.locale, appInfo.osLocale));
  const root = createRoot(container);
  const opened = await openDatabase(deskApi());
  if (opened.kind === 'failed') {
    root.render(
      <RecoveryScreen
        error={opened.error}
        latestBackup={opened.latestBackup}
        onRestore={async (backup) => {
          await Dexie.delete(databaseName);
          const fresh = new PartnerDeskDatabase();
          await fresh.open();
          await restoreBackup(fresh, deskApi(), backup);
          window.location.reload();
        }}
        onStartEmpty={async () => {
          await Dexie.delete(databaseName);
          window.location.reload();
        }}
      />,
    );
    return;
  }
  const db = opened.db;
  exposeDiagnostics(appInfo.cloud, db, startSync(db, store));
  root.render(
    <StrictMode>
      <App store={store} db={db} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  // Without the shell there is nothing to render; say so in both languages rather than go blank.
  console.error(error);
  container.textContent =
    'Partner Desk could not reach its desktop shell. Restart the app. / Partner Desk non riesce a raggiungere la sua applicazione desktop. Riavvia l’app.';
  container.setAttribute('role', 'alert');
});
