// While the first sync brings the customer list in from Partner Center, say how far it got.
// Partner Center does not say how many customers there are in all (its totalCount counts one
// page), so the bar cannot honestly show a fraction: it counts what has arrived.
import { Field } from '@fluentui/react-components';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { numberFormat } from '../../i18n/formats';
import type { PartnerDeskDatabase } from '../../data/database';
import { ActivityProgressBar } from '../../status/ActivityProgressBar';
import { usePassProgress } from '../../status/use-pass-progress';

/** Memoized: the list around it renders with every change, this only when the pass moves. */
export const FirstSyncProgress = memo(function FirstSyncProgress({ db }: { db: PartnerDeskDatabase }) {
  const { t, i18n } = useTranslation();
  const progress = usePassProgress(db);
  if (!progress || progress.firstSyncDone || !progress.pass) return null;
  const number = numberFormat(i18n.language);
  const applied = progress.pass.applied;
  return (
    <Field
      label={t('customers.list.firstSyncLabel')}
      hint={t('customers.list.firstSync', { applied: number.format(applied) })}
      data-testid="first-sync-progress"
      data-applied={applied}
    >
      <ActivityProgressBar thickness="large" />
    </Field>
  );
});
