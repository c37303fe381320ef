// The small badge that says a customer's changes are not (yet) in Partner Center. A synced
// customer shows none: the list stays calm and what needs attention stands out.
import { Badge, Tooltip } from '@fluentui/react-components';
import { ArrowSyncRegular, ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { RecordSyncState } from '../../data/records';

const looks = {
  pending: { color: 'informative', icon: <ArrowSyncRegular /> },
  conflict: { color: 'severe', icon: <WarningRegular /> },
  rejected: { color: 'danger', icon: <ErrorCircleRegular /> },
} as const;

export function SyncBadge({ state }: { state: RecordSyncState }) {
  const { t } = useTranslation();
  if (state === 'synced') return null;
  const look = looks[state];
  return (
    <Tooltip content={t(`customers.sync.${state}`)} relationship="description" withArrow>
      <Badge appearance="tint" color={look.color} icon={look.icon} data-sync-badge={state}>
        {t(`customers.syncShort.${state}`)}
      </Badge>
    </Tooltip>
  );
}
