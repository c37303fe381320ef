// The reseller relationship and the way to end it: offered only when Partner Center would accept
// it (no active subscription known), with the reason when not, and the state of a removal that
// is waiting or was refused.
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { DismissCircleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocalId, type OutboxOperation } from '../../../shared/sync/operations';
import type { PartnerDeskDatabase } from '../../data/database';
import type { CustomerRecord } from '../../data/records';
import { DetailsCard, useFactStyles } from './DetailsCard';
import { RemoveRelationshipDialog } from './RemoveRelationshipDialog';

export function RelationshipCard({ db, customer, activeSubscriptions, subscriptionsChecked, removal, online }: {
  db: PartnerDeskDatabase;
  customer: CustomerRecord;
  activeSubscriptions: number;
  subscriptionsChecked: boolean;
  /** The latest removal of this customer that is not yet settled, if any. */
  removal: OutboxOperation | undefined;
  online: boolean;
}) {
  const styles = useFactStyles();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const ended = customer.relationship === 'none';
  const local = isLocalId(customer.id);
  const blocked = activeSubscriptions > 0;
  const refused = removal !== undefined && (removal.status === 'rejected' || removal.status === 'conflict');

  let state: string;
  if (refused) state = t('customers.details.relationship.refused', { message: removal.lastError?.message ?? '' });
  else if (ended && removal) state = t('customers.details.relationship.endPending');
  else if (ended) state = t('customers.details.relationship.ended');
  else state = t(`customers.relationship.${customer.relationship}`);

  return (
    <DetailsCard title={t('customers.details.relationship.title')} id="relationship-card-title">
      <Text weight="semibold" data-testid="relationship-state">
        {state}
      </Text>
      {/* The refused removal waits in the history below, to send again or discard: a second one would only queue behind it. */}
      {refused ? <Text className={styles.note}>{t('customers.details.relationship.refusedNext')}</Text> : null}
      {!ended && !refused ? <Text className={styles.note}>{t('customers.details.relationship.explain')}</Text> : null}
      {!ended && local ? <Text className={styles.note}>{t('customers.details.relationship.notCreated')}</Text> : null}
      {!ended && !local && !refused ? (
        <>
          {blocked ? (
            <MessageBar intent="warning" id="remove-blocked-reason">
              <MessageBarBody>{t('customers.details.relationship.blocked', { count: activeSubscriptions })}</MessageBarBody>
            </MessageBar>
          ) : !subscriptionsChecked ? (
            <Text className={styles.note}>{t('customers.details.relationship.unchecked')}</Text>
          ) : null}
          <div>
            <Button
              icon={<DismissCircleRegular />}
              disabledFocusable={blocked}
              aria-describedby={blocked ? 'remove-blocked-reason' : undefined}
              onClick={() => setOpen(true)}
            >
              {t('customers.details.relationship.remove')}
            </Button>
          </div>
          <RemoveRelationshipDialog db={db} customer={customer} online={online} open={open} onClose={() => setOpen(false)} />
        </>
      ) : null}
    </DetailsCard>
  );
}
