// Settling a billing conflict field by field: for each field changed both here and in Partner
// Center, the dialog shows before / yours / Partner Center's and the user keeps one or types a
// merge. Fields changed on one side only are merged without asking.
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
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldConflict } from '../../../shared/sync/three-way-merge';
import type { PartnerDeskDatabase } from '../../data/database';
import type { ConflictRecord } from '../../data/records';
import type { FieldChoice } from './conflict-resolution';
import { useDetailsActions } from './details-actions-store';

const useStyles = makeStyles({
  surface: { maxWidth: '760px', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalM, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  sides: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: tokens.spacingHorizontalM, margin: 0 },
  side: { display: 'flex', flexDirection: 'column', margin: 0 },
  sideLabel: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
});

/** Field paths of a billing profile, as the form names them. */
const fieldLabelKeys: Record<string, string> = {
  companyName: 'companyName',
  firstName: 'firstName',
  lastName: 'lastName',
  email: 'email',
  culture: 'culture',
  language: 'language',
  'defaultAddress.firstName': 'firstName',
  'defaultAddress.lastName': 'lastName',
  'defaultAddress.addressLine1': 'addressLine1',
  'defaultAddress.addressLine2': 'addressLine2',
  'defaultAddress.city': 'city',
  'defaultAddress.state': 'state',
  'defaultAddress.postalCode': 'postalCode',
  'defaultAddress.country': 'country',
  'defaultAddress.phoneNumber': 'phone',
};

function useFieldLabel() {
  const { t } = useTranslation();
  return (field: string) => {
    const key = fieldLabelKeys[field];
    const label = key ? t(`customers.add.fields.${key}`) : field;
    return field.startsWith('defaultAddress.') && (key === 'firstName' || key === 'lastName') ? `${label} (${t('customers.details.billing.address')})` : label;
  };
}

function ConflictField({ conflict, choice, onChoose }: { conflict: FieldConflict; choice: FieldChoice; onChoose: (choice: FieldChoice) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const label = useFieldLabel()(conflict.field);
  const shown = (value: unknown) => (value === undefined || value === null || value === '' ? t('customers.details.conflict.empty') : String(value));
  const id = `conflict-${conflict.field.replace(/\W/g, '-')}`;
  return (
    <div className={styles.field} role="group" aria-labelledby={`${id}-label`} data-conflict-field={conflict.field}>
      <Text id={`${id}-label`} weight="semibold">
        {label}
      </Text>
      <dl className={styles.sides}>
        {(['base', 'mine', 'theirs'] as const).map((side) => (
          <div key={side} className={styles.side}>
            <dt className={styles.sideLabel}>{t(`customers.details.conflict.${side}`)}</dt>
            <dd className={styles.value}>{shown(conflict[side])}</dd>
          </div>
        ))}
      </dl>
      <RadioGroup
        layout="horizontal"
        aria-label={t('customers.details.conflict.choiceLabel', { field: label })}
        value={choice.keep}
        onChange={(_event, data) => onChoose(data.value === 'merged' ? { keep: 'merged', value: String(conflict.mine ?? '') } : { keep: data.value as 'mine' | 'theirs' })}
      >
        <Radio value="theirs" label={t('customers.details.conflict.keepTheirs')} />
        <Radio value="mine" label={t('customers.details.conflict.keepMine')} />
        <Radio value="merged" label={t('customers.details.conflict.merge')} />
      </RadioGroup>
      {choice.keep === 'merged' ? (
        <Field label={t('customers.details.conflict.mergeLabel', { field: label })}>
          <Input value={choice.value} onChange={(_event, data) => onChoose({ keep: 'merged', value: data.value })} />
        </Field>
      ) : null}
    </div>
  );
}

export function ConflictDialog({ db, conflict, onClose }: { db: PartnerDeskDatabase; conflict: ConflictRecord | null; onClose: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Record<string, FieldChoice>>({});
  const busy = useDetailsActions((state) => state.busy === 'conflict');
  const problem = useDetailsActions((state) => (state.problem?.scope === 'conflict' ? state.problem.message : null));
  const resolve = useDetailsActions((state) => state.resolveConflict);
  const clearProblem = useDetailsActions((state) => state.clearProblem);
  const close = () => {
    setChoices({});
    clearProblem();
    onClose();
  };
  const apply = async () => {
    if (!conflict) return;
    if (await resolve(db, conflict.operationId, choices)) close();
  };
  return (
    <Dialog open={conflict !== null} onOpenChange={(_event, data) => (data.open ? undefined : close())}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('customers.details.conflict.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{t('customers.details.conflict.intro')}</Text>
            {conflict?.fields.map((field) => (
              <ConflictField
                key={field.field}
                conflict={field}
                choice={choices[field.field] ?? { keep: 'theirs' }}
                onChoose={(choice) => setChoices((current) => ({ ...current, [field.field]: choice }))}
              />
            ))}
            {problem ? (
              <MessageBar intent="error">
                <MessageBarBody>{t('customers.details.history.actionFailed', { message: problem })}</MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{t('customers.details.conflict.cancel')}</Button>
            <Button appearance="primary" disabled={busy} onClick={() => void apply()}>
              {t('customers.details.conflict.apply')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
