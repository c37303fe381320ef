// The frame around every screen: navigation, the office-config banner, the screen, the status bar.
import { makeStyles, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import {
  BuildingPeopleRegular,
  MailInboxRegular,
  PeopleRegular,
  PersonMailRegular,
  SettingsRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { OfficeConfigBanner } from '../config/OfficeConfigBanner';
import { InvitationAcceptedNotifier } from '../invitations/InvitationAcceptedNotifier';
import { StatusBar } from '../status/StatusBar';
import type { PartnerDeskDatabase } from '../data/database';
import type { DeskStore } from './desk-store';
import { useSectionNavigation } from './section-navigation';
import { SectionScreen } from './section-screens';
import { sections, type Section } from './sections';

const useStyles = makeStyles({
  frame: { display: 'grid', gridTemplateRows: '1fr auto', height: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  body: { display: 'grid', gridTemplateColumns: '220px 1fr', minHeight: 0 },
  nav: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalL,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  brand: { paddingLeft: tokens.spacingHorizontalS },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingVerticalXXL, overflow: 'auto', minHeight: 0 },
});

const icons: Record<Section, ReactElement> = {
  customers: <PeopleRegular />,
  invitations: <PersonMailRegular />,
  referrals: <MailInboxRegular />,
  partners: <BuildingPeopleRegular />,
  settings: <SettingsRegular />,
};

export function Shell({ store, db }: { store: DeskStore; db: PartnerDeskDatabase }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { section, open: setSection } = useSectionNavigation();
  const connectivity = store((state) => state.connectivity);
  const problems = store((state) => state.config.problems);

  return (
    <div className={styles.frame}>
      <div className={styles.body}>
        <nav className={styles.nav} aria-label={t('nav.label')}>
          <Text className={styles.brand} weight="semibold" size={500}>
            {t('app.name')}
          </Text>
          <TabList vertical selectedValue={section} onTabSelect={(_event, data) => setSection(data.value as Section)}>
            {sections.map((id) => (
              <Tab key={id} value={id} icon={icons[id]}>
                {t(`nav.${id}`)}
              </Tab>
            ))}
          </TabList>
        </nav>
        <main className={styles.main}>
          <OfficeConfigBanner problems={problems} />
          <SectionScreen section={section} store={store} db={db} />
        </main>
      </div>
      <StatusBar connectivity={connectivity} db={db} />
      <InvitationAcceptedNotifier db={db} />
    </div>
  );
}
