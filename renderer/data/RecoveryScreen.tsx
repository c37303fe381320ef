// Shown instead of the app when the local database cannot be opened: say what happened and offer
// the latest backup, or starting empty, knowing that changes not yet sent would be lost.
import { Button, Card, FluentProvider, MessageBar, MessageBarBody, Text, Title2, tokens, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../shared/ipc/contract';

export function RecoveryScreen(props: {
  error: string;
  latestBackup: BackupInfo | null;
  onRestore: (backup: BackupInfo) => Promise<void>;
  onStartEmpty: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = (action: () => Promise<void>) => async () => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(String(error));
      setBusy(false);
    }
  };
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <Card style={{ maxWidth: 560, padding: tokens.spacingVerticalXXL, gap: tokens.spacingVerticalL }} role="alert">
        <Title2 as="h1">{t('recovery.title')}</Title2>
        <Text>{t('recovery.body')}</Text>
        <Text size={200} font="monospace">
          {props.error}
        </Text>
        {props.latestBackup ? (
          <Text>{t('recovery.backupFound', { date: new Date(props.latestBackup.createdAt).toLocaleString(i18n.language) })}</Text>
        ) : (
          <Text>{t('recovery.noBackup')}</Text>
        )}
        {failure ? (
          <MessageBar intent="error">
            <MessageBarBody>{t('recovery.failed', { message: failure })}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div style={{ display: 'flex', gap: tokens.spacingHorizontalM }}>
          {props.latestBackup ? (
            <Button appearance="primary" disabled={busy} onClick={run(() => props.onRestore(props.latestBackup!))}>
              {t('recovery.restore')}
            </Button>
          ) : null}
          <Button disabled={busy} onClick={run(props.onStartEmpty)}>
            {t('recovery.startEmpty')}
          </Button>
        </div>
      </Card>
    </FluentProvider>
  );
}
