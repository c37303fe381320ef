// A colleague changed the organization profile in Partner Center while the user's edit waited:
// for each field both changed, the user keeps theirs, keeps mine, or types a merge (as for a
// customer's billing profile); fields changed on one side only were merged already.
import {
  Button,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxOperation } from '../../shared/sync/operations';
import type { FlatRecord } from '../../shared/sync/three-way-merge';
import type { FieldChoice } from '../customers/details/conflict-resolution';
import { DetailsCard } from '../customers/details/DetailsCard';
import type { PartnerDeskDatabase } from '../data/database';
import type { ConflictRecord } from '../data/records';
import { fieldLabelKey } from './organization-profile';
import { usePartners } from './partners-store';

const useStyles = makeStyles({
  intro: { color: tokens.colorNeutralForeground2 },
  headerRow: { backgroundColor: tokens.colorNeutralBackground2 },
  fieldColumn: { width: '16%' },
  valueColumn: { width: '19%' },
  choiceColumn: { width: '27%' },
  value: { overflowWrap: 'anywhere' },
  empty: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  choice: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, justifyContent: 'flex-end' },
});

export function ProfileConflict({ db, operation, conflict }: { db: PartnerDeskDatabase; operation: OutboxOperation; conflict: ConflictRecord | null }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { resolveConflict, sendAgain, discard } = usePartners();
  const [choices, setChoices] = useState<Record<string, FieldChoice>>({});

  if (!conflict || conflict.fields.length === 0) {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="profile-conflict">
        <MessageBarBody>
          <MessageBarTitle>{t('partners.profile.conflict.title')}</MessageBarTitle>
          {t('partners.profile.conflict.noFields', { message: operation.lastError?.message ?? '' })}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => void sendAgain(db, operation.id)}>{t('partners.profile.refused.sendAgain')}</Button>
          <Button onClick={() => void discard(db, operation.id)}>{t('partners.profile.refused.discard')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  const label = (field: string) => t(`partners.profile.fields.${fieldLabelKey(field)}`);
  const shown = (value: FlatRecord[string]) =>
    value === undefined || value === null || value === '' ? <span className={styles.empty}>{t('partners.profile.conflict.empty')}</span> : <span className={styles.value}>{String(value)}</span>;
  const choiceOf = (field: string): FieldChoice => choices[field] ?? { keep: 'theirs' };

  return (
    <DetailsCard title={t('partners.profile.conflict.title')} id="profile-conflict-title">
      <div data-testid="profile-conflict">
        <Text className={styles.intro}>{t('partners.profile.conflict.intro')}</Text>
      </div>
      <Table aria-labelledby="profile-conflict-title" size="small">
        <TableHeader>
          <TableRow className={styles.headerRow}>
            <TableHeaderCell className={styles.fieldColumn}>{t('partners.profile.conflict.field')}</TableHeaderCell>
            <TableHeaderCell className={styles.valueColumn}>{t('partners.profile.conflict.base')}</TableHeaderCell>
            <TableHeaderCell className={styles.valueColumn}>{t('partners.profile.conflict.mine')}</TableHeaderCell>
            <TableHeaderCell className={styles.valueColumn}>{t('partners.profile.conflict.theirs')}</TableHeaderCell>
            <TableHeaderCell className={styles.choiceColumn}>{t('partners.profile.conflict.choiceColumn')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {conflict.fields.map((field) => {
            const choice = choiceOf(field.field);
            return (
              <TableRow key={field.field} data-field={field.field}>
                <TableCell>
                  <Text weight="semibold">{label(field.field)}</Text>
                </TableCell>
                <TableCell>{shown(field.base)}</TableCell>
                <TableCell>{shown(field.mine)}</TableCell>
                <TableCell>{shown(field.theirs)}</TableCell>
                <TableCell>
                  <div className={styles.choice}>
                    <RadioGroup
                      aria-label={t('partners.profile.conflict.choiceLabel', { field: label(field.field) })}
                      value={choice.keep}
                      onChange={(_event, data) =>
                        setChoices((current) => ({
                          ...current,
                          [field.field]: data.value === 'merged' ? { keep: 'merged', value: String(field.mine ?? '') } : { keep: data.value as 'mine' | 'theirs' },
                        }))
                      }
                    >
                      <Radio value="theirs" label={t('partners.profile.conflict.keepTheirs')} />
                      <Radio value="mine" label={t('partners.profile.conflict.keepMine')} />
                      <Radio value="merged" label={t('partners.profile.conflict.merge')} />
                    </RadioGroup>
                    {choice.keep === 'merged' ? (
                      <Input
                        aria-label={t('partners.profile.conflict.mergeLabel', { field: label(field.field) })}
                        value={choice.value}
                        onChange={(_event, data) => setChoices((current) => ({ ...current, [field.field]: { keep: 'merged', value: data.value } }))}
                      />
                    ) : null}
                  </div>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <div className={styles.buttons}>
        <Button onClick={() => void discard(db, operation.id)}>{t('partners.profile.refused.discard')}</Button>
        <Button appearance="primary" onClick={() => void resolveConflict(db, operation.id, choices)}>
          {t('partners.profile.conflict.apply')}
        </Button>
      </div>
    </DetailsCard>
  );
}
