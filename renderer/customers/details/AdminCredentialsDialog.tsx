// Shows a new customer's first admin user name and password once, as Partner Center does, with
// copy buttons; they are erased when the user confirms they saved them. It opens wherever the
// user is in Customers as soon as the sync hears back from Partner Center.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerDeskDatabase } from '../../data/database';
import { copyText } from '../clipboard';
import { ThrottledWatch } from '../../data/throttled-watch';
import { credentialsWaitingChanged, nextCustomerWithCredentialsWaiting } from '../credentials-waiting';
import { useAdminCredentials } from './admin-credentials-store';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  secret: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  input: { flex: 1, fontFamily: tokens.fontFamilyMonospace },
});


function CopyableSecret({ label, copyLabel, value, testId }: { label: string; copyLabel: string; value: string; testId: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.secret}>
      <Field label={label} className={styles.input}>
        <Input value={value} readOnly data-testid={testId} input={{ className: styles.input }} />
      </Field>
      <Tooltip content={copied ? t('customers.credentials.copied') : copyLabel} relationship="label">
        <Button icon={<CopyRegular />} onClick={() => void copyText(value).then(setCopied)} />
      </Tooltip>
    </div>
  );
}

/**
 * The customer to offer, kept current as new customers settle: at most once a second while a
 * queue of them drains (each settle notes one), and the one on screen stays until confirmed.
 */
function useCredentialsWaiting(db: PartnerDeskDatabase, shownId: string | null) {
  const watch = useMemo(() => new ThrottledWatch(() => nextCustomerWithCredentialsWaiting(db, shownId), credentialsWaitingChanged(db), 1_000), [db, shownId]);
  return useSyncExternalStore(watch.subscribe, watch.getSnapshot) ?? null;
}

export function AdminCredentialsDialog({ db }: { db: PartnerDeskDatabase }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { customerId, shown, show, confirm } = useAdminCredentials();
  const customer = useCredentialsWaiting(db, customerId);

  useEffect(() => {
    if (customer && customer.id !== customerId) void show(customer.id);
  }, [customer, customerId, show]);

  // The dialog opens once its content is known: swapping a spinner for the fields inside an open
  // modal loses its focus trap, and screen readers then treat the dialog as hidden.
  if (!customer || customer.id !== customerId || shown.status === 'loading') return null;
  return (
    <Dialog open modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('customers.credentials.title', { name: customer.companyName })}</DialogTitle>
          <DialogContent className={styles.content}>
            {shown.status === 'shown' ? (
              <>
                <Text>{t('customers.credentials.intro')}</Text>
                <CopyableSecret label={t('customers.credentials.userName')} copyLabel={t('customers.credentials.copyUserName')} value={shown.credentials.userName} testId="admin-user-name" />
                <CopyableSecret label={t('customers.credentials.password')} copyLabel={t('customers.credentials.copyPassword')} value={shown.credentials.password} testId="admin-password" />
                <Text size={200}>{t('customers.credentials.confirmHint')}</Text>
              </>
            ) : null}
            {shown.status === 'gone' ? (
              <MessageBar intent="warning">
                <MessageBarBody>{t('customers.credentials.gone', { name: customer.companyName })}</MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void confirm(db)}>
              {shown.status === 'gone' ? t('customers.credentials.dismiss') : t('customers.credentials.confirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
