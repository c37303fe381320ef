// While the first sync brings the customer list in from Partner Center, say how far it got.
// Partner Center does not say how many customers there are in all (its totalCount counts one
// page), so the bar cannot honestly show a fraction: it counts what has arrived.
import { Field } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { PartnerDeskDatabase } from '../../data/database';
import { ActivityProgressBar } from '../../status/ActivityProgressBar';
import { usePassProgress } from '../../status/use-pass-progress';

export function FirstSyncProgress({ db }: { db: PartnerDeskDatabase }) {
  const { t, i18n } = useTranslation();
  const progress = usePassProgress(db);
  if (!progress || progress.firstSyncDone || !progress.pass) return null;
  const number = new Intl.NumberFormat(i18n.language);
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
}
