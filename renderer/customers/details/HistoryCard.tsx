// Every change made to this customer from this computer, newest first, with where it stands:
// queued, sending, accepted, refused (in Partner Center's words), in conflict. A refused change
// can be corrected and sent again, or discarded; a conflict opens the field-by-field choice.
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { OutboxOperation } from '../../../shared/sync/operations';
import type { PartnerDeskDatabase } from '../../data/database';
import type { BillingProfileFields, ConflictRecord } from '../../data/records';
import { useDates } from '../../invitations/use-dates';
import { useBillingForm } from './billing-edit-store';
import { useDetailsActions } from './details-actions-store';
import { DetailsCard, useFactStyles } from './DetailsCard';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
  },
  needsYou: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalXS },
});

const statusColor = {
  queued: 'informative',
  'in-flight': 'brand',
  acknowledged: 'success',
  rejected: 'danger',
  conflict: 'severe',
  'delivery-unknown': 'warning',
  discarded: 'subtle',
} as const;

/** Changes whose body the user can correct in the billing form before sending them again. */
const correctable = (operation: OutboxOperation) => operation.payload.kind === 'create-customer' || operation.payload.kind === 'update-billing-profile';

export function HistoryCard({ db, customerId, operations, conflicts, profile, onResolve }: {
  db: PartnerDeskDatabase;
  customerId: string;
  operations: OutboxOperation[];
  conflicts: ConflictRecord[];
  profile: BillingProfileFields | undefined;
  onResolve: (conflict: ConflictRecord) => void;
}) {
  const styles = useStyles();
  const facts = useFactStyles();
  const { t } = useTranslation();
  const dates = useDates();
  const actions = useDetailsActions();
  const openCorrection = useBillingForm((state) => state.openCorrection);
  const newestFirst = [...operations].sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));

  return (
    <DetailsCard title={t('customers.details.history.title')} id="history-card-title">
      {newestFirst.length === 0 ? (
        <Text className={facts.note}>{t('customers.details.history.empty')}</Text>
      ) : (
        <ol className={styles.list} aria-labelledby="history-card-title" data-testid="operation-history">
          {newestFirst.map((operation) => {
            const needsYou = operation.status === 'rejected' || operation.status === 'conflict';
            const conflict = conflicts.find((candidate) => candidate.operationId === operation.id);
            const busy = actions.busy === `operation:${operation.id}`;
            const problem = actions.problem?.scope === `operation:${operation.id}` ? actions.problem.message : null;
            const kind = t(`customers.details.history.kinds.${operation.payload.kind}`);
            return (
              <li key={operation.id} className={needsYou ? `${styles.entry} ${styles.needsYou}` : styles.entry} data-operation-status={operation.status} aria-label={`${kind}: ${t(`customers.details.history.statuses.${operation.status}`)}`}>
                <div className={styles.head}>
                  <Text weight="semibold">{kind}</Text>
                  <Badge appearance="tint" color={statusColor[operation.status]}>
                    {t(`customers.details.history.statuses.${operation.status}`)}
                  </Badge>
                </div>
                <Text size={200} className={facts.note}>
                  {t('customers.details.history.made', { time: dates.dateTime(operation.createdAt) })}
                  {operation.updatedAt !== operation.createdAt ? `, ${t('customers.details.history.updated', { time: dates.dateTime(operation.updatedAt) })}` : ''}
                  {operation.attempts > 0 ? ` · ${t('customers.details.history.attempts', { count: operation.attempts })}` : ''}
                </Text>
                {needsYou && operation.lastError ? <Text>{t('customers.details.history.serverSaid', { message: operation.lastError.message })}</Text> : null}
                {operation.status === 'queued' && operation.lastError ? (
                  <Text size={200}>{t('customers.details.history.willRetry', { message: operation.lastError.message, time: dates.dateTime(new Date(Math.max(operation.notBefore, Date.now())).toISOString()) })}</Text>
                ) : null}
                {needsYou ? (
                  <div className={styles.actions}>
                    {conflict && conflict.fields.length > 0 ? (
                      <Button appearance="primary" size="small" onClick={() => onResolve(conflict)}>
                        {t('customers.details.history.resolve')}
                      </Button>
                    ) : correctable(operation) ? (
                      <Button appearance="primary" size="small" disabled={busy} onClick={() => void openCorrection(db, customerId, operation, profile)}>
                        {t('customers.details.history.editAndSend')}
                      </Button>
                    ) : (
                      <Button appearance="primary" size="small" disabled={busy} onClick={() => void actions.sendAgain(db, operation.id)}>
                        {t('customers.details.history.sendAgain')}
                      </Button>
                    )}
                    <Button size="small" disabled={busy} onClick={() => void actions.discard(db, operation.id)}>
                      {t('customers.details.history.discard')}
                    </Button>
                  </div>
                ) : null}
                {problem ? (
                  <MessageBar intent="error">
                    <MessageBarBody>{t('customers.details.history.actionFailed', { message: problem })}</MessageBarBody>
                  </MessageBar>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </DetailsCard>
  );
}
