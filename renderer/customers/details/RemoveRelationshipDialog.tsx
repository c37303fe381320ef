// Ending the reseller relationship is hard to undo (only a new invitation brings the customer
// back), so the dialog says what it does and asks for the company name, typed, before queuing it.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerDeskDatabase } from '../../data/database';
import type { CustomerRecord } from '../../data/records';
import { useDetailsActions } from './details-actions-store';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Names match when they are the same text, ignoring case and extra spaces. */
export const namesMatch = (typed: string, name: string) => typed.trim().replace(/\s+/g, ' ').toLocaleLowerCase() === name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

export function RemoveRelationshipDialog({ db, customer, online, open, onClose }: { db: PartnerDeskDatabase; customer: CustomerRecord; online: boolean; open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [tried, setTried] = useState(false);
  const busy = useDetailsActions((state) => state.busy === 'remove');
  const problem = useDetailsActions((state) => (state.problem?.scope === 'remove' ? state.problem.message : null));
  const remove = useDetailsActions((state) => state.removeRelationship);
  const clearProblem = useDetailsActions((state) => state.clearProblem);
  const matches = namesMatch(typed, customer.companyName);

  const close = () => {
    setTyped('');
    setTried(false);
    clearProblem();
    onClose();
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!matches) return;
    if (await remove(db, customer.id)) close();
  };

  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_event, data) => (data.open ? undefined : close())}>
      <DialogSurface>
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <DialogBody>
            <DialogTitle>{t('customers.details.relationship.dialogTitle', { name: customer.companyName })}</DialogTitle>
            <DialogContent className={styles.content}>
              <Text>{t('customers.details.relationship.explain')}</Text>
              {!online ? (
                <MessageBar intent="info">
                  <MessageBarBody>{t('customers.details.relationship.offlineNote')}</MessageBarBody>
                </MessageBar>
              ) : null}
              <Field
                label={t('customers.details.relationship.confirmLabel')}
                hint={t('customers.details.relationship.confirmHint', { name: customer.companyName })}
                validationState={tried && !matches ? 'error' : 'none'}
                validationMessage={tried && !matches ? t('customers.details.relationship.mismatch', { name: customer.companyName }) : undefined}
              >
                <Input value={typed} onChange={(_event, data) => setTyped(data.value)} autoComplete="off" spellCheck={false} />
              </Field>
              {problem ? (
                <MessageBar intent="error">
                  <MessageBarBody>{t('customers.details.relationship.refused', { message: problem })}</MessageBarBody>
                </MessageBar>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button onClick={close}>{t('customers.details.relationship.keep')}</Button>
              <Button appearance="primary" type="submit" disabled={busy}>
                {t('customers.details.relationship.remove')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
