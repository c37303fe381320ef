// The Partners section: indirect providers or resellers (by the partner's role) and the partner's
// own organization profile, as two tabs. The tab list is keyboard operable (arrows move between
// tabs, Enter or Space opens one) and each panel is labelled by its tab.
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Tab, TabList, Text, Title2, tokens } from '@fluentui/react-components';
import { BuildingPeopleRegular, DismissRegular, OrganizationRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskStore } from '../app/desk-store';
import type { PartnerDeskDatabase } from '../data/database';
import { IndirectPartnersTab } from './IndirectPartnersTab';
import { OrganizationProfileTab } from './OrganizationProfileTab';
import { usePartners, type PartnersTab } from './partners-store';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, flex: 1, minHeight: 0 },
  title: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '760px' },
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingTop: tokens.spacingVerticalS },
});

const tabs: { id: PartnersTab; icon: ReactElement }[] = [
  { id: 'indirect', icon: <BuildingPeopleRegular /> },
  { id: 'profile', icon: <OrganizationRegular /> },
];

export function PartnersScreen({ db, store }: { db: PartnerDeskDatabase; store: DeskStore }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const tab = usePartners((state) => state.tab);
  const selectTab = usePartners((state) => state.selectTab);
  const message = usePartners((state) => state.message);
  const dismissMessage = usePartners((state) => state.dismissMessage);

  return (
    <section className={styles.page} aria-labelledby="partners-title">
      <div className={styles.title}>
        <Title2 as="h1" id="partners-title">
          {t('partners.title')}
        </Title2>
        <Text className={styles.intro}>{t('partners.intro')}</Text>
      </div>

      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_event, data) => selectTab(data.value as PartnersTab)} aria-label={t('partners.tabsLabel')}>
        {tabs.map(({ id, icon }) => (
          <Tab key={id} value={id} id={`partners-tab-${id}`} aria-controls={`partners-panel-${id}`} icon={icon}>
            {t(`partners.tabs.${id}`)}
          </Tab>
        ))}
      </TabList>

      {message ? (
        <MessageBar intent={message.intent} data-testid="partners-message" aria-live="polite">
          <MessageBarBody>{t(`partners.${message.key}`, message.values ?? {})}</MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" icon={<DismissRegular />} aria-label={t('partners.dismiss')} onClick={dismissMessage} />} />
        </MessageBar>
      ) : null}

      <div role="tabpanel" id={`partners-panel-${tab}`} aria-labelledby={`partners-tab-${tab}`} className={styles.panel}>
        {tab === 'indirect' ? <IndirectPartnersTab db={db} store={store} /> : <OrganizationProfileTab db={db} store={store} />}
      </div>
    </section>
  );
}
