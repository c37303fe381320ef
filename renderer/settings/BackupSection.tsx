// Settings › Local data: back up now, and restore a backup after a confirmation that says plainly
// what restoring replaces.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../shared/ipc/contract';
import type { PartnerDeskDatabase } from '../data/database';
import { useBackups } from './backup-actions';

export function BackupSection({ db }: { db: PartnerDeskDatabase }) {
  const { t, i18n } = useTranslation();
  const { backups, progressRows, lastResult, restoreFailure, refresh, backUpNow, restore } = useBackups();
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  useEffect(() => void refresh(), [refresh]);
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language);

  return (
    <>
      <Subtitle2 as="h2">{t('settings.data')}</Subtitle2>
      <Text>{t('settings.dataHint')}</Text>
      <div>
        <Button onClick={() => void backUpNow(db)} disabled={progressRows !== null}>
          {t('settings.backUpNow')}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {progressRows !== null ? <Text>{t('settings.backingUp', { rows: progressRows })}</Text> : null}
        {lastResult?.kind === 'saved' ? <Text data-testid="backup-saved">{t('settings.backedUp', { file: lastResult.file })}</Text> : null}
      </div>
      {lastResult?.kind === 'failed' ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('settings.backupFailed', { message: lastResult.message })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {restoreFailure ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('settings.restoreFailed', { message: restoreFailure })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Text weight="semibold">{t('settings.backups')}</Text>
      {backups.length === 0 ? (
        <Text>{t('settings.noBackups')}</Text>
      ) : (
        <Table size="small" aria-label={t('settings.backups')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('settings.backupDate')}</TableHeaderCell>
              <TableHeaderCell>{t('settings.backupSize')}</TableHeaderCell>
              <TableHeaderCell>{t('settings.backupActions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {backups.map((backup) => (
              <TableRow key={backup.name}>
                <TableCell>{date(backup.createdAt)}</TableCell>
                <TableCell>{(backup.bytes / 1024).toLocaleString(i18n.language, { maximumFractionDigits: 0 })} KB</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => setConfirming(backup)} aria-label={`${t('settings.restore')} ${date(backup.createdAt)}`}>
                    {t('settings.restore')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Dialog open={confirming !== null} onOpenChange={(_event, data) => !data.open && setConfirming(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{confirming ? t('settings.restoreConfirmTitle', { date: date(confirming.createdAt) }) : ''}</DialogTitle>
            <DialogContent>{t('settings.restoreConfirmBody')}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirming(null)}>
                {t('settings.cancel')}
              </Button>
              <Button
                appearance="primary"
                onClick={() => {
                  const chosen = confirming;
                  setConfirming(null);
                  if (chosen) void restore(db, chosen);
                }}
              >
                {t('settings.restoreConfirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
