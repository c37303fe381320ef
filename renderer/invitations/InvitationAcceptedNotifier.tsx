// Announces invitations the sync found accepted: a toast (a polite live region, so screen readers
// hear it too), once, in whichever window claims it first. Mounted by the shell, so the notice shows
// on whatever screen the user is on when the sync sees the customer arrive.
import { Toast, ToastBody, Toaster, ToastTitle, useId, useToastController } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerDeskDatabase } from '../data/database';
import { invitationOf } from './invitation';
import { claimAcceptanceNotices } from './invitation-actions';

export function InvitationAcceptedNotifier({ db }: { db: PartnerDeskDatabase }) {
  const { t } = useTranslation();
  const toasterId = useId('invitation-accepted');
  const { dispatchToast } = useToastController(toasterId);
  const waiting = useLiveQuery(
    () => db.invitations.where('status').equals('accepted').filter((record) => !invitationOf(record).acceptanceAnnounced).count(),
    [db],
    0,
  );

  useEffect(() => {
    if (waiting === 0) return;
    void claimAcceptanceNotices(db).then((claimed) => {
      if (claimed.length === 0) return;
      const companies = claimed.map((invitation) => invitation.acceptedCompanyName ?? invitation.companyName);
      dispatchToast(
        <Toast data-testid="invitation-accepted-toast">
          <ToastTitle>{t('invitations.notice.acceptedTitle')}</ToastTitle>
          <ToastBody>{t('invitations.notice.accepted', { count: claimed.length, company: companies[0], companies: companies.join(', ') })}</ToastBody>
        </Toast>,
        { intent: 'success', timeout: 15_000, politeness: 'polite' },
      );
    });
  }, [waiting, db, dispatchToast, t]);

  return <Toaster toasterId={toasterId} position="top-end" pauseOnHover pauseOnWindowBlur />;
}
