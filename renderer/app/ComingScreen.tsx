// A screen whose feature is not built yet says so plainly: no sample data pretending otherwise.
import { makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '640px' },
});

export function ComingScreen({ titleKey, bodyKey }: { titleKey: string; bodyKey: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <section className={styles.screen} aria-labelledby="screen-title">
      <Title2 as="h1" id="screen-title">
        {t(titleKey)}
      </Title2>
      <Text weight="semibold">{t('coming.title')}</Text>
      <Text>{t(bodyKey)}</Text>
    </section>
  );
}
