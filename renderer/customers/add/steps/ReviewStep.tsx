// Step 5: everything in one place before saving, each part with a way back to change it.
import { Button, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { fullOnMicrosoftDomain } from '../../../../shared/partner-center';
import { readIndirectResellers } from '../../list/indirect-resellers';
import { useAddCustomer } from '../add-customer-store';
import { countryName, languageName } from '../display-names';
import type { DraftContext } from '../draft-fields';
import type { Step } from '../new-customer-draft';

const useStyles = makeStyles({
  sections: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingVerticalL },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  sectionHead: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  facts: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  fact: { margin: 0 },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function ReviewStep({ context }: { context: DraftContext }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const draft = useAddCustomer((state) => state.draft);
  const goTo = useAddCustomer((state) => state.goTo);
  const resellers = useLiveQuery(() => readIndirectResellers(context.db), [context.db], []);
  const reseller = resellers.find((candidate) => candidate.id === draft.resellerId)?.name;
  const section = (title: string, step: Step, facts: [string, string][]) => (
    <section className={styles.section} aria-label={title}>
      <div className={styles.sectionHead}>
        <Subtitle2 as="h3">{title}</Subtitle2>
        <Button appearance="subtle" size="small" icon={<EditRegular />} onClick={() => goTo(step)} aria-label={t('customers.add.edit', { step: title })} />
      </div>
      <dl className={styles.facts}>
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className={styles.label}>{label}</dt>
            <dd className={styles.fact}>
              <Text>{value || '—'}</Text>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
  const f = (key: string) => t(`customers.add.fields.${key}`);
  return (
    <div className={styles.sections}>
      {section(t('customers.add.review.company'), 'company', [
        [f('companyName'), draft.companyName],
        [t('customers.add.review.domain'), fullOnMicrosoftDomain(draft.domainPrefix)],
        ...(resellers.length > 0 ? [[t('customers.add.review.reseller'), reseller ?? t('customers.add.review.none')] as [string, string]] : []),
      ])}
      {section(t('customers.add.review.contact'), 'contact', [
        [`${f('firstName')} / ${f('lastName')}`, `${draft.firstName} ${draft.lastName}`],
        [f('email'), draft.email],
        [f('phone'), draft.phone],
      ])}
      {section(t('customers.add.review.address'), 'address', [
        [f('addressLine1'), [draft.addressLine1, draft.addressLine2].filter(Boolean).join(', ')],
        [f('city'), [draft.postalCode, draft.city, draft.state].filter(Boolean).join(' ')],
        [f('country'), countryName(draft.country, context.uiLanguage)],
        ...(draft.registrationNumber ? [[f('registrationNumber'), draft.registrationNumber] as [string, string]] : []),
      ])}
      {section(t('customers.add.review.language'), 'language', [
        [f('language'), languageName(draft.language, context.uiLanguage)],
        [f('culture'), draft.culture],
        [t('customers.add.review.agreement'), draft.agreementAccepted ? t('customers.add.review.agreementAccepted') : '—'],
      ])}
    </div>
  );
}
