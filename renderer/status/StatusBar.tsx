// The status bar: connection and sync state. The sync region is a live `role="status"` so screen
// readers hear changes, and its data attributes stay machine-readable for tests and support.
import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Connectivity } from '../../shared/ipc/contract';
import type { PartnerDeskDatabase } from '../data/database';
import { useStorageReading } from '../data/use-storage-reading';
import { requestFullSync, resumeSync } from '../sync/sync-requests';
import { syncStateOf } from '../sync/sync-status';
import { ActivityProgressBar } from './ActivityProgressBar';
import { usePassProgress } from './use-pass-progress';
import { useQueueFigures } from './use-queue-figures';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: '28px',
  },
  progress: { width: '180px' },
  end: { marginLeft: 'auto', display: 'flex', gap: tokens.spacingHorizontalS },
  attention: { color: tokens.colorPaletteRedForeground1 },
});

const badgeColor = { online: 'success', offline: 'danger', degraded: 'warning' } as const;

export function StatusBar({ connectivity, db }: { connectivity: Connectivity; db: PartnerDeskDatabase }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const queue = useQueueFigures(db);
  const progress = usePassProgress(db);
  const figures = queue && progress ? { ...queue, ...progress } : undefined;
  const state = figures ? syncStateOf(connectivity.state, figures) : connectivity.state === 'online' ? 'syncing' : connectivity.state;
  const stateText = t(`status.connectivity.${connectivity.state}`);
  const needsYou = figures ? figures.conflicts + figures.rejected + figures.deliveryUnknown : 0;
  const pass = figures?.pass ?? null;
  const storage = useStorageReading();
  return (
    <footer className={styles.bar}>
      <Badge
        appearance="tint"
        color={badgeColor[connectivity.state]}
        data-connectivity={connectivity.state}
        aria-label={t('status.connectivityLabel', { state: stateText })}
      >
        {stateText}
      </Badge>
      <div role="status" aria-live="polite" data-sync-state={state} data-pending={figures?.pending ?? 0} data-attention={needsYou}>
        <Text size={200}>
          {state === 'syncing' && pass && !figures?.firstSyncDone
            ? t('status.firstSync', { count: pass.applied })
            : // "All changes are in Partner Center" would contradict "1 change needs you" beside it.
              t(state === 'synced' && needsYou > 0 ? 'status.sync.syncedExceptAttention' : `status.sync.${state}`)}
          {figures && figures.pending > 0 ? ` · ${t('status.pending', { count: figures.pending })}` : ''}
          {needsYou > 0 ? <span className={styles.attention}>{` · ${t('status.attention', { count: needsYou })}`}</span> : null}
          {state === 'synced' && figures?.lastSyncedAt
            ? ` · ${t('status.lastSynced', { time: new Date(figures.lastSyncedAt).toLocaleTimeString(i18n.language) })}`
            : ''}
        </Text>
      </div>
      {storage && storage.level !== 'ok' ? (
        <Text size={200} className={storage.level === 'critical' ? styles.attention : undefined} data-storage-level={storage.level}>
          {t(`status.storage.${storage.level}`, { percent: Math.round(storage.usedFraction * 100) })}
        </Text>
      ) : null}
      {pass && !figures?.firstSyncDone ? (
        <ActivityProgressBar className={styles.progress} aria-label={t('status.firstSync', { count: pass.applied })} thickness="medium" />
      ) : null}
      <div className={styles.end}>
        {state === 'paused' ? (
          <Button size="small" appearance="primary" onClick={() => void resumeSync(db)}>
            {t('status.tryAgain')}
          </Button>
        ) : null}
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowSyncRegular />}
          disabled={connectivity.state === 'offline'}
          onClick={() => void requestFullSync(db)}
        >
          {t('status.syncNow')}
        </Button>
      </div>
    </footer>
  );
}
