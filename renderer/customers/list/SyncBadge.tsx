// The small badge that says a customer's changes are not (yet) in Partner Center. A synced
// customer shows none: the list stays calm and what needs attention stands out.
import { Badge, Tooltip } from '@fluentui/react-components';
import { ArrowSyncRegular, ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordSyncState } from '../../data/records';

const looks = {
  pending: { color: 'informative', icon: <ArrowSyncRegular /> },
  conflict: { color: 'severe', icon: <WarningRegular /> },
  rejected: { color: 'danger', icon: <ErrorCircleRegular /> },
} as const;

export function SyncBadge({ state }: { state: RecordSyncState }) {
  const { t } = useTranslation();
  const descriptionId = useId();
  if (state === 'synced') return null;
  const look = looks[state];
  const description = t(`customers.sync.${state}`);
  // The description screen readers hear sits beside the badge. A Tooltip with the "description"
  // relationship keeps its text mounted in a portal of its own, hidden, for as long as the badge
  // shows: every row turning "pending" then created that portal (a container in the body and
  // React's event listeners on it) in the very render that shows the user's edit, and destroyed it
  // when the change reached Partner Center. The tooltip stays for the mouse, mounted only while seen.
  return (
    <>
      <Tooltip content={description} relationship="inaccessible" withArrow>
        <Badge appearance="tint" color={look.color} icon={look.icon} data-sync-badge={state} aria-describedby={descriptionId}>
          {t(`customers.syncShort.${state}`)}
        </Badge>
      </Tooltip>
      <span id={descriptionId} hidden>
        {description}
      </span>
    </>
  );
}
