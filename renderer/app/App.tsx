// The root: Fluent UI provider with a light or dark theme that follows the OS.
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import type { PartnerDeskDatabase } from '../data/database';
import { DatabaseProvider } from '../data/database-context';
import type { DeskStore } from './desk-store';
import { Shell } from './Shell';

const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
const subscribeToScheme = (onChange: () => void) => {
  darkQuery.addEventListener('change', onChange);
  return () => darkQuery.removeEventListener('change', onChange);
};

export function App({ store, db }: { store: DeskStore; db: PartnerDeskDatabase }) {
  const dark = useSyncExternalStore(subscribeToScheme, () => darkQuery.matches);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} data-theme={dark ? 'dark' : 'light'} style={{ height: '100%' }}>
      <DatabaseProvider db={db}>
        <Shell store={store} db={db} />
      </DatabaseProvider>
    </FluentProvider>
  );
}
