// The subscriptions Partner Center last listed for the customer: what blocks ending the
// relationship, and what the partner sells them. Read-only here; they are managed elsewhere.
import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SubscriptionRecord } from '../../data/records';
import { DetailsCard, useFactStyles } from './DetailsCard';

const statusColor = { active: 'success', suspended: 'warning', deleted: 'subtle' } as const;

export function SubscriptionsCard({ subscriptions, checked }: { subscriptions: SubscriptionRecord[]; checked: boolean }) {
  const styles = useFactStyles();
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const ends = (value: string) => {
    const parsed = new Date(value);
    return Number.isNaN(parsed.getTime()) ? '—' : date.format(parsed);
  };
  return (
    <DetailsCard title={t('customers.details.subscriptions.title')} id="subscriptions-card-title">
      {!checked ? (
        <Text className={styles.note}>{t('customers.details.subscriptions.notLoaded')}</Text>
      ) : subscriptions.length === 0 ? (
        <Text className={styles.note}>{t('customers.details.subscriptions.none')}</Text>
      ) : (
        <Table size="small" aria-labelledby="subscriptions-card-title">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('customers.details.subscriptions.name')}</TableHeaderCell>
              <TableHeaderCell>{t('customers.details.subscriptions.quantity')}</TableHeaderCell>
              <TableHeaderCell>{t('customers.details.subscriptions.status')}</TableHeaderCell>
              <TableHeaderCell>{t('customers.details.subscriptions.ends')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {subscriptions.map((subscription) => (
              <TableRow key={subscription.id}>
                <TableCell>{subscription.friendlyName || subscription.offerName}</TableCell>
                <TableCell>{subscription.quantity}</TableCell>
                <TableCell>
                  <Badge appearance="tint" color={statusColor[subscription.status]}>
                    {t(`customers.details.subscriptions.statuses.${subscription.status}`)}
                  </Badge>
                </TableCell>
                <TableCell>{ends(subscription.commitmentEndDate)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </DetailsCard>
  );
}
