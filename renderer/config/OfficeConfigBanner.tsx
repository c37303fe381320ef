// Tells the user, and their IT, that a settings file was not used and why, naming the file.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ConfigProblem } from '../../shared/config/snapshot';

export function OfficeConfigBanner({ problems }: { problems: ConfigProblem[] }) {
  const { t } = useTranslation();
  const office = problems.filter((problem) => problem.source === 'office');
  const user = problems.filter((problem) => problem.source === 'user');
  return (
    <>
      {office.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="office-config-problem">
          <MessageBarBody>
            <MessageBarTitle>{t('officeConfig.title')}</MessageBarTitle>
            {office.map((problem) => (
              <div key={problem.fault}>{t('officeConfig.body', { file: problem.file, fault: problem.fault })}</div>
            ))}
            <div>{t('officeConfig.advice')}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {user.length > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="user-config-problem">
          <MessageBarBody>
            <MessageBarTitle>{t('officeConfig.userTitle')}</MessageBarTitle>
            {user.map((problem) => (
              <div key={problem.fault}>{t('officeConfig.body', { file: problem.file, fault: problem.fault })}</div>
            ))}
            <div>{t('officeConfig.userAdvice')}</div>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
