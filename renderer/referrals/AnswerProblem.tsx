// A sent answer that did not go through, shown like a customer's conflict: what happened, the
// user's answer next to what Partner Center holds now (once a pull has seen it), and the way on:
// send mine again or keep theirs after a conflict; change and send again or discard after a refusal.
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowRepeatAllRegular, DeleteRegular, EditRegular, HistoryRegular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedReferralTransition, type Referral } from '../../shared/partner-center';
import type { FlatRecord } from '../../shared/sync/three-way-merge';
import type { PartnerDeskDatabase } from '../data/database';
import type { ReferralRecord } from '../data/records';
import { useReferralInbox } from './inbox-store';
import { conflictFields } from './referral';
import type { OpenAnswer } from './referral-store';
import { useReferralFormats } from './use-referral-formats';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalL,
    border: `1px solid ${tokens.colorPaletteDarkOrangeBorder1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  headerRow: { backgroundColor: tokens.colorNeutralBackground2 },
  changed: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

interface Props {
  db: PartnerDeskDatabase;
  referral: ReferralRecord;
  answer: OpenAnswer;
  online: boolean;
}

export function AnswerProblem({ db, referral, answer, online }: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const formats = useReferralFormats();
  const state = useReferralInbox();
  const { refresh, refreshing } = state;
  const conflict = answer.operation.status === 'conflict';
  const theirs: Referral | undefined = answer.theirs;

  // Deciding needs Partner Center's side: ask for it when it is not known yet.
  useEffect(() => {
    if (conflict && !theirs && online) void refresh(db);
  }, [conflict, theirs, online, db, refresh]);

  const patch = answer.operation.payload.patch;
  const fields = answer.conflict?.fields.length ? answer.conflict.fields : theirs ? conflictFields(patch, undefined, theirs) : [];
  const target = {
    status: String(patch.find((change) => change.path === '/status')?.value ?? ''),
    substatus: String(patch.find((change) => change.path === '/substatus')?.value ?? ''),
  };
  const stillAllowed = theirs ? isAllowedReferralTransition(theirs, target) && !(theirs.status === target.status && theirs.substatus === target.substatus) : false;

  const shown = (path: string, value: FlatRecord[string]): string => {
    if (value === null || value === '') return t('referrals.problem.empty');
    if (path === '/status') return t(`referrals.status.${String(value)}`, { defaultValue: String(value) });
    if (path === '/substatus') return t(`referrals.substatus.${String(value)}`, { defaultValue: String(value) });
    if (path === '/statusReason') return t(`referrals.form.reasons.${String(value)}`, { defaultValue: String(value) });
    if (path === '/details/closingDateTime') return formats.day(String(value));
    if (path === '/details/dealValue' && typeof value === 'number') return formats.money(value, undefined) ?? String(value);
    return String(value);
  };

  const message = answer.operation.lastError?.message;

  return (
    <section className={styles.panel} aria-labelledby="answer-problem-title" data-testid="answer-problem" data-problem={answer.operation.status}>
      <MessageBar intent={conflict ? 'warning' : 'error'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="answer-problem-title">{conflict ? t('referrals.problem.conflictTitle') : t('referrals.problem.rejectedTitle')}</MessageBarTitle>
          {conflict ? t('referrals.problem.conflictBody') : message ? t('referrals.problem.rejectedBody', { message }) : t('referrals.problem.rejectedNoMessage')}
        </MessageBarBody>
      </MessageBar>

      {conflict && !theirs ? (
        <Text className={styles.muted}>
          {online ? (
            <>
              {refreshing ? <Spinner size="extra-tiny" as="span" /> : null} {t('referrals.problem.fetching')}
            </>
          ) : (
            t('referrals.problem.offline')
          )}
        </Text>
      ) : null}

      {fields.length > 0 ? (
        <Table className={styles.table} size="small" aria-label={t('referrals.problem.comparison')}>
          <TableHeader className={styles.headerRow}>
            <TableRow>
              <TableHeaderCell>{t('referrals.problem.field')}</TableHeaderCell>
              <TableHeaderCell>{t('referrals.problem.mine')}</TableHeaderCell>
              <TableHeaderCell>{t('referrals.problem.theirs')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {fields.map((field) => {
              const differs = field.mine !== field.theirs;
              return (
                <TableRow key={field.field} data-testid="conflict-field">
                  <TableCell>{t(`referrals.problem.fields.${field.field}`, { defaultValue: field.field })}</TableCell>
                  <TableCell className={differs ? styles.changed : undefined}>{shown(field.field, field.mine)}</TableCell>
                  <TableCell className={differs ? styles.changed : undefined}>{shown(field.field, field.theirs)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : null}

      {conflict && theirs ? (
        <Text>
          {t('referrals.problem.theirsIs', { status: `${t(`referrals.status.${theirs.status}`)} · ${t(`referrals.substatus.${theirs.substatus}`)}` })}{' '}
          {stillAllowed ? null : t('referrals.problem.cannotSendAgain')}
        </Text>
      ) : null}

      <div className={styles.actions}>
        {conflict ? (
          <>
            {stillAllowed ? (
              <Button appearance="primary" icon={<ArrowRepeatAllRegular />} onClick={() => void state.sendMineAgain(db, referral, online)}>
                {t('referrals.problem.sendMineAgain')}
              </Button>
            ) : null}
            <Button appearance={stillAllowed ? 'secondary' : 'primary'} icon={<HistoryRegular />} onClick={() => void state.keepTheirs(db, referral)}>
              {t('referrals.problem.keepTheirs')}
            </Button>
          </>
        ) : (
          <>
            <Button appearance="primary" icon={<EditRegular />} onClick={() => void state.editAgain(db, referral, answer)}>
              {t('referrals.problem.editAgain')}
            </Button>
            <Button icon={<DeleteRegular />} onClick={() => void state.keepTheirs(db, referral)}>
              {t('referrals.problem.discard')}
            </Button>
          </>
        )}
      </div>
    </section>
  );
}
