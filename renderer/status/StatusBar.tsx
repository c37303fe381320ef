// The status bar: connection and sync state. The sync region is a live `role="status"` so screen
// readers hear changes, and its data attributes stay machine-readable for tests and support.
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Connectivity } from '../../shared/ipc/contract';
import { syncStatusFrom } from './sync-status';

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
});

const badgeColor = { online: 'success', offline: 'danger', degraded: 'warning' } as const;

export function StatusBar({ connectivity, pending }: { connectivity: Connectivity; pending: number }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const sync = syncStatusFrom(connectivity, pending);
  const stateText = t(`status.connectivity.${connectivity.state}`);
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
      <div role="status" aria-live="polite" data-sync-state={sync.state} data-pending={sync.pending}>
        <Text size={200}>
          {t(`status.sync.${sync.state}`)}
          {sync.pending > 0 ? ` · ${t('status.pending', { count: sync.pending })}` : ''}
        </Text>
      </div>
    </footer>
  );
}
