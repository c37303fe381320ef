// Asks before the two row actions that cannot be taken back: sending a mail that may already have
// arrived, and cancelling an invitation. Escape or "Keep it" leaves everything as it was.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerDeskDatabase } from '../data/database';
import { useInvitations } from './invitations-store';

interface Props {
  db: PartnerDeskDatabase;
  context: { online: boolean; formatDate: (iso: string) => string };
}

export function ConfirmInvitationDialog({ db, context }: Props) {
  const { t } = useTranslation();
  const asked = useInvitations((state) => state.confirming);
  // The dialog fades out after the answer: it keeps saying what was asked until it is gone.
  const lastAsked = useRef(asked);
  if (asked) lastAsked.current = asked;
  const confirming = asked ?? lastAsked.current;
  const close = useInvitations((state) => state.closeConfirm);
  const resend = useInvitations((state) => state.resend);
  const cancel = useInvitations((state) => state.cancel);
  const invitation = confirming?.invitation;
  const values = { company: invitation?.companyName ?? '', email: invitation?.recipientEmail ?? '' };
  const isCancel = confirming?.kind === 'cancel';
  return (
    <Dialog open={asked !== null} modalType="alert" onOpenChange={(_event, data) => (data.open ? undefined : close())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{isCancel ? t('invitations.confirmCancel.title', values) : t('invitations.confirmResend.title', values)}</DialogTitle>
          <DialogContent>
            {isCancel
              ? t('invitations.confirmCancel.body')
              : invitation?.status === 'delivery-unknown'
                ? t('invitations.confirmResend.unknownBody')
                : t('invitations.confirmResend.body', values)}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                if (!invitation) return;
                void (isCancel ? cancel(db, invitation, context) : resend(db, invitation, context));
              }}
            >
              {isCancel ? t('invitations.confirmCancel.confirm') : t('invitations.confirmResend.confirm')}
            </Button>
            <Button onClick={close}>{isCancel ? t('invitations.confirmCancel.keep') : t('invitations.confirmResend.keep')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
