// Settings a user may change (language) and what the office set for them (cloud, address),
// shown read-only so support calls can start from what the screen says.
import { Field, makeStyles, Select, Subtitle2, Text, Title2, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { localeSettings, type LocaleSetting } from '../../shared/config/settings';
import type { DeskStore } from '../app/desk-store';
import { useDatabase } from '../data/database-context';
import { BackupSection } from './BackupSection';
import { resolveUiLanguage } from '../i18n/i18n';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '640px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS },
});

export function SettingsScreen({ store }: { store: DeskStore }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const config = store((state) => state.config);
  const appInfo = store((state) => state.appInfo);
  const settingError = store((state) => state.settingError);
  const setLocale = store((state) => state.setLocale);
  const localeLocked = config.locked.includes('locale');
  const systemLanguage = t(`languages.${resolveUiLanguage('system', appInfo.osLocale)}`);
  const db = useDatabase();

  return (
    <section className={styles.screen} aria-labelledby="settings-title">
      <Title2 as="h1" id="settings-title">
        {t('settings.title')}
      </Title2>
      <div className={styles.section}>
        <Field
          label={t('settings.language')}
          hint={localeLocked ? t('settings.lockedByOffice') : t('settings.languageHint')}
          validationState={settingError ? 'error' : 'none'}
          validationMessage={settingError ? t('settings.saveFailed', { message: settingError }) : undefined}
        >
          <Select
            value={config.settings.locale}
            disabled={localeLocked}
            onChange={(_event, data) => void setLocale(data.value as LocaleSetting)}
          >
            {localeSettings.map((locale) => (
              <option key={locale} value={locale}>
                {locale === 'system' ? t('settings.languageSystem', { language: systemLanguage }) : t(`languages.${locale}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.section}>
        <Subtitle2 as="h2">{t('settings.appearance')}</Subtitle2>
        <Text>{t('settings.appearanceHint')}</Text>
      </div>
      <div className={styles.section}>
        <BackupSection db={db} />
      </div>
      <div className={styles.section}>
        <Subtitle2 as="h2">{t('settings.about')}</Subtitle2>
        <div className={styles.facts} data-testid="app-info">
          <Text weight="semibold">{t('settings.version')}</Text>
          <Text data-testid="app-version">{appInfo.version}</Text>
          <Text weight="semibold">{t('settings.cloud')}</Text>
          <Text data-testid="app-cloud">{t(`settings.clouds.${appInfo.cloud}`)}</Text>
          <Text weight="semibold">{t('settings.apiAddress')}</Text>
          <Text>{config.settings.partnerCenterBaseUrl}</Text>
        </div>
      </div>
    </section>
  );
}
