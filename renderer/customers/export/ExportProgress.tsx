// How far an export got, with a way to stop it, and where the file went when it is done.
import { Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { numberFormat } from '../../i18n/formats';
import { useCustomerExport } from './customer-export';

const useStyles = makeStyles({
  writing: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  bar: { flex: 1 },
});

/** Memoized: it has no props, so the customer list's renders (one per change) pass it by. */
export const ExportProgress = memo(function ExportProgress() {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const state = useCustomerExport();
  const fileName = state.fileName ?? '';
  if (state.status === 'idle') return null;
  const number = numberFormat(i18n.language);
  if (state.status === 'writing') {
    return (
      <div className={styles.writing} data-testid="export-progress">
        <Field
          className={styles.bar}
          label={t('customers.export.writing', { fileName })}
          hint={t('customers.export.progress', { written: number.format(state.written), total: number.format(state.total) })}
        >
          <ProgressBar value={state.total === 0 ? 0 : state.written / state.total} max={1} thickness="large" />
        </Field>
        <Button onClick={state.cancel}>{t('customers.export.cancel')}</Button>
      </div>
    );
  }
  const intent = state.status === 'done' ? 'success' : state.status === 'failed' ? 'error' : 'info';
  const text =
    state.status === 'done'
      ? t('customers.export.done', { fileName, count: state.total, formatted: number.format(state.total) })
      : state.status === 'failed'
        ? t('customers.export.failed', { message: state.message ?? '' })
        : t('customers.export.cancelled');
  return (
    <MessageBar intent={intent} data-testid="export-result" data-status={state.status}>
      <MessageBarBody>{text}</MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t('customers.export.dismiss')} icon={<DismissRegular />} onClick={state.dismiss} />} />
    </MessageBar>
  );
});
