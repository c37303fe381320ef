// Says how fresh the indirect reseller filter is: asking Partner Center, answered, or offline
// with the last answer (and when it was true), or nothing known yet.
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ResellerChoice } from './customer-list-store';

export function ResellerNotice({ choice }: { choice: ResellerChoice }) {
  const { t, i18n } = useTranslation();
  const when = choice.fetchedAt ? new Date(choice.fetchedAt).toLocaleString(i18n.language) : '';
  switch (choice.status) {
    case 'ready':
      return null;
    case 'loading':
      return <Spinner size="tiny" labelPosition="after" label={t('customers.list.reseller.loading')} />;
    case 'offline-cached':
      return (
        <MessageBar intent="info">
          <MessageBarBody>{t('customers.list.reseller.offlineCached', { time: when })}</MessageBarBody>
        </MessageBar>
      );
    case 'offline-unknown':
      return (
        <MessageBar intent="warning">
          <MessageBarBody>{t('customers.list.reseller.offlineUnknown')}</MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return (
        <MessageBar intent="error">
          <MessageBarBody>{t('customers.list.reseller.failed', { message: choice.message ?? '' })}</MessageBarBody>
        </MessageBar>
      );
  }
}
