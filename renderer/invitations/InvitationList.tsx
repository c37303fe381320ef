// The invitations page: what was sent to whom, where each one stands (waiting to be sent, sent,
// delivery unknown, accepted, cancelled) and what the user can do about it. Partner Center keeps
// no such list; this one is the partner's own, so it says plainly what Partner Desk knows.
import { EmptyState } from '../app/EmptyState';
import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TabList,
  Text,
  Title2,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, CheckmarkRegular, DismissRegular, MailAddRegular, PersonMailRegular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxOperation } from '../../shared/sync/operations';
import type { DeskStore } from '../app/desk-store';
import type { PartnerDeskDatabase } from '../data/database';
import { ConfirmInvitationDialog } from './ConfirmInvitationDialog';
import { invitationOf, isOpen, type Invitation } from './invitation';
import { useInvitations, type InvitationFilter } from './invitations-store';
import { readRelationshipLink } from './relationship-link';
import { useDates } from './use-dates';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, flex: 1, minHeight: 0 },
  heading: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  title: { marginRight: 'auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  counts: { display: 'flex', gap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '760px' },
  link: { color: tokens.colorNeutralForeground3 },
  tableFrame: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'auto',
  },
  headerRow: { backgroundColor: tokens.colorNeutralBackground2 },
  stack: { display: 'flex', flexDirection: 'column', gap: '2px', paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, maxWidth: '340px' },
  problem: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, maxWidth: '340px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  badge: { alignSelf: 'flex-start' },
});

const badgeColors: Record<Invitation['status'] | 'refused', BadgeProps['color']> = {
  pending: 'informative',
  sent: 'brand',
  'delivery-unknown': 'warning',
  accepted: 'success',
  cancelled: 'subtle',
  refused: 'danger',
};

const filters: InvitationFilter[] = ['all', 'open', 'accepted', 'cancelled'];

const matches = (filter: InvitationFilter, invitation: Invitation) =>
  filter === 'all' ? true : filter === 'open' ? isOpen(invitation) : invitation.status === filter;

/** The open outbox operation of each invitation (at most one waits at a time). */
function useInvitationOperations(db: PartnerDeskDatabase): Map<string, OutboxOperation> {
  const operations = useLiveQuery(
    () => db.outbox.where('status').anyOf(['queued', 'in-flight', 'rejected', 'delivery-unknown', 'conflict']).filter((operation) => operation.payload.kind === 'send-mail').toArray(),
    [db],
    [],
  );
  const byInvitation = new Map<string, OutboxOperation>();
  for (const operation of operations) if (operation.payload.kind === 'send-mail') byInvitation.set(operation.payload.invitationId, operation);
  return byInvitation;
}

export function InvitationList({ db, store }: { db: PartnerDeskDatabase; store: DeskStore }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const dates = useDates();
  const features = store((state) => state.appInfo.cloudFeatures);
  const cloud = store((state) => state.appInfo.cloud);
  const online = store((state) => state.connectivity.state) !== 'offline';
  const state = useInvitations();
  const invitations = useLiveQuery(async () => (await db.invitations.orderBy('createdAt').reverse().toArray()).map(invitationOf), [db], []);
  const link = useLiveQuery(() => readRelationshipLink(db), [db], null);
  const operations = useInvitationOperations(db);
  const newButton = useRef<HTMLButtonElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const cloudName = t(`settings.clouds.${cloud}`);
  const context = { online, formatDate: dates.date };

  // Back from the form: focus lands on the outcome, or on the button that opened the form. Arriving
  // from the navigation leaves focus in the navigation, where the keyboard user is.
  const { returningFromForm, focusTaken } = state;
  useEffect(() => {
    if (!returningFromForm) return;
    if (state.message) messageRef.current?.focus();
    else newButton.current?.focus();
    focusTaken();
  }, [returningFromForm, focusTaken, state.message]);

  const shown = invitations.filter((invitation) => matches(state.filter, invitation));
  const openCount = invitations.filter(isOpen).length;
  const acceptedCount = invitations.filter((invitation) => invitation.status === 'accepted').length;

  const statusOf = (invitation: Invitation): { badge: Invitation['status'] | 'refused'; detail: string; problem: boolean } => {
    const operation = operations.get(invitation.id);
    switch (invitation.status) {
      case 'pending':
        if (invitation.waitingForLink) return { badge: 'pending', detail: t('invitations.statusDetail.waitingForLink'), problem: false };
        if (operation?.status === 'rejected') return { badge: 'refused', detail: t('invitations.statusDetail.refused', { message: operation.lastError?.message ?? '' }), problem: true };
        if (operation?.status === 'in-flight') return { badge: 'pending', detail: t('invitations.statusDetail.sending'), problem: false };
        if (operation?.lastError && operation.lastError.kind !== 'offline') return { badge: 'pending', detail: t('invitations.statusDetail.retrying', { message: operation.lastError.message }), problem: false };
        return { badge: 'pending', detail: online ? t('invitations.statusDetail.sending') : t('invitations.statusDetail.pendingOffline'), problem: false };
      case 'delivery-unknown':
        return { badge: 'delivery-unknown', detail: t('invitations.statusDetail.deliveryUnknown'), problem: true };
      case 'accepted':
        return {
          badge: 'accepted',
          detail: t('invitations.statusDetail.accepted', { date: dates.date(invitation.acceptedAt ?? invitation.createdAt), company: invitation.acceptedCompanyName ?? invitation.companyName }),
          problem: false,
        };
      case 'cancelled':
        return { badge: 'cancelled', detail: t('invitations.statusDetail.cancelled', { date: dates.date(invitation.cancelledAt ?? invitation.createdAt) }), problem: false };
      case 'sent':
        return { badge: 'sent', detail: '', problem: false };
    }
  };

  const delivered = (invitation: Invitation) => {
    const at = invitation.lastDeliveredAt ?? invitation.sentAt;
    if (!at) return t('invitations.notDelivered');
    const how = t(`invitations.delivery.${invitation.delivery}`);
    return invitation.deliveries > 1
      ? t('invitations.deliveredTimes', { date: dates.dateTime(at), how, count: invitation.deliveries })
      : t('invitations.deliveredOn', { date: dates.dateTime(at), how });
  };

  // A cloud without invitations and nothing written earlier: only the notice that says why.
  const cloudOffAndEmpty = !features.invitations && invitations.length === 0;

  return (
    <section className={styles.page} aria-labelledby="invitations-title">
      <div className={styles.heading}>
        <div className={styles.title}>
          <Title2 as="h1" id="invitations-title">
            {t('invitations.title')}
          </Title2>
          {cloudOffAndEmpty ? null : (
            <div className={styles.counts} aria-label={t('invitations.countsLabel')} role="group" data-testid="invitation-counts">
              <Text>{t('invitations.openCount', { count: openCount })}</Text>
              <Text>{t('invitations.acceptedCount', { count: acceptedCount })}</Text>
            </div>
          )}
        </div>
        {features.invitations ? (
          <Button
            ref={newButton}
            appearance="primary"
            icon={<MailAddRegular />}
            onClick={() => state.openCompose({ delegatedAdminRequired: !features.invitationWithoutDelegatedAdmin, language: document.documentElement.lang === 'it' ? 'it' : 'en' })}
          >
            {t('invitations.new')}
          </Button>
        ) : null}
      </div>
      {features.invitations ? <Text className={styles.intro}>{t('invitations.intro')}</Text> : null}

      {!features.invitations ? (
        <MessageBar intent="info" data-testid="invitations-cloud-off">
          <MessageBarBody>
            <MessageBarTitle>{t('invitations.cloudOff.title', { cloud: cloudName })}</MessageBarTitle>
            {t('invitations.cloudOff.body')}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {state.message ? (
        <div ref={messageRef} tabIndex={-1}>
          <MessageBar intent={state.message.intent} data-testid="invitations-message">
            <MessageBarBody>{t(`invitations.${state.message.key}`, state.message.values ?? {})}</MessageBarBody>
            <MessageBarActions containerAction={<Button appearance="transparent" icon={<DismissRegular />} aria-label={t('invitations.notice.dismiss')} onClick={state.dismissMessage} />} />
          </MessageBar>
        </div>
      ) : null}

      {features.invitations ? (
        <Caption1 className={styles.link} data-testid="invitation-link-state">
          {link ? t('invitations.link.known', { date: dates.dateTime(link.fetchedAt) }) : t('invitations.link.unknown')}
        </Caption1>
      ) : null}

      {cloudOffAndEmpty ? null : (
      <TabList selectedValue={state.filter} onTabSelect={(_event, data) => state.setFilter(data.value as InvitationFilter)} aria-label={t('invitations.filter.label')}>
        {filters.map((filter) => (
          <Tab key={filter} value={filter}>
            {`${t(`invitations.filter.${filter}`)} (${invitations.filter((invitation) => matches(filter, invitation)).length})`}
          </Tab>
        ))}
      </TabList>
      )}

      {cloudOffAndEmpty ? null : shown.length === 0 ? (
        <EmptyState
          icon={PersonMailRegular}
          testId="invitations-empty"
          title={invitations.length === 0 ? t('invitations.empty.noneTitle') : t('invitations.empty.noMatchTitle')}
          body={invitations.length === 0 ? t('invitations.empty.noneBody') : t('invitations.empty.noMatchBody')}
        />
      ) : (
        <div className={styles.tableFrame}>
          <Table aria-label={t('invitations.title')} size="medium">
            <TableHeader className={styles.headerRow}>
              <TableRow>
                <TableHeaderCell>{t('invitations.columns.company')}</TableHeaderCell>
                <TableHeaderCell>{t('invitations.columns.recipient')}</TableHeaderCell>
                <TableHeaderCell>{t('invitations.columns.status')}</TableHeaderCell>
                <TableHeaderCell>{t('invitations.columns.delivered')}</TableHeaderCell>
                <TableHeaderCell>{t('invitations.columns.created')}</TableHeaderCell>
                <TableHeaderCell>{t('invitations.columns.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((invitation) => {
                const status = statusOf(invitation);
                const operation = operations.get(invitation.id);
                const companyId = `invitation-${invitation.id}-company`;
                const canResend = invitation.status === 'sent' || invitation.status === 'delivery-unknown' || invitation.status === 'cancelled' || status.badge === 'refused';
                const canCancel = isOpen(invitation) && operation?.status !== 'in-flight';
                return (
                  <TableRow key={invitation.id} data-testid="invitation-row" data-status={invitation.status} data-domain={invitation.expectedDomain}>
                    <TableCell>
                      <div className={styles.stack}>
                        <Text weight="semibold" id={companyId}>
                          {invitation.companyName}
                        </Text>
                        <Text className={styles.muted}>{invitation.expectedDomain}</Text>
                      </div>
                    </TableCell>
                    <TableCell>
                      <div className={styles.stack}>
                        <Text>{invitation.recipientName}</Text>
                        <Text className={styles.muted}>{invitation.recipientEmail}</Text>
                      </div>
                    </TableCell>
                    <TableCell>
                      <div className={styles.stack}>
                        <Badge className={styles.badge} appearance="tint" color={badgeColors[status.badge]} data-testid="invitation-status">
                          {status.badge === 'refused' ? t('invitations.refused') : t(`invitations.status.${status.badge}`)}
                        </Badge>
                        {status.detail ? <Text className={status.problem ? styles.problem : styles.detail}>{status.detail}</Text> : null}
                      </div>
                    </TableCell>
                    <TableCell>
                      <Text className={styles.muted}>{delivered(invitation)}</Text>
                    </TableCell>
                    <TableCell>
                      <Text className={styles.muted}>{dates.date(invitation.createdAt)}</Text>
                    </TableCell>
                    <TableCell>
                      <div className={styles.actions} role="group" aria-label={t('invitations.rowActions', { company: invitation.companyName })}>
                        {canResend && features.invitations ? (
                          <Button
                            size="small"
                            icon={<ArrowClockwiseRegular />}
                            aria-describedby={companyId}
                            onClick={() => (invitation.status === 'delivery-unknown' ? state.askResend(invitation) : void state.resend(db, invitation, context))}
                          >
                            {t('invitations.resend')}
                          </Button>
                        ) : null}
                        {invitation.status === 'delivery-unknown' ? (
                          <Button size="small" icon={<CheckmarkRegular />} aria-describedby={companyId} onClick={() => void state.markSent(db, invitation, context)}>
                            {t('invitations.markSent')}
                          </Button>
                        ) : null}
                        {canCancel ? (
                          <Button size="small" appearance="subtle" icon={<DismissRegular />} aria-describedby={companyId} onClick={() => state.askCancel(invitation)}>
                            {t('invitations.cancelInvitation')}
                          </Button>
                        ) : null}
                      </div>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      <ConfirmInvitationDialog db={db} context={context} />
    </section>
  );
}
