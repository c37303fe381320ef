// Adding a customer, in steps like the portal: company, contact, address, language and the
// customer agreement, then a review. Saving works offline: the customer appears at once, pending.
import { Button, makeStyles, MessageBar, MessageBarBody, Text, Title2, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskStore } from '../../app/desk-store';
import type { PartnerDeskDatabase } from '../../data/database';
import { useCustomersNavigation } from '../customers-navigation';
import { useAddCustomer } from './add-customer-store';
import type { DraftContext } from './draft-fields';
import { countryOfLocale, steps, type Step } from './new-customer-draft';
import { useProblemText } from './use-problem-text';
import { StepIndicator } from './StepIndicator';
import { AddressStep } from './steps/AddressStep';
import { CompanyStep } from './steps/CompanyStep';
import { ContactStep } from './steps/ContactStep';
import { LanguageStep } from './steps/LanguageStep';
import { ReviewStep } from './steps/ReviewStep';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '880px', width: '100%' },
  back: { alignSelf: 'flex-start' },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingVerticalXL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  stepHeading: { ...typographyStyles.subtitle1, outline: 'none', margin: 0 },
  footer: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalL },
  spacer: { flex: 1 },
  intro: { color: tokens.colorNeutralForeground2, display: 'block', marginTop: tokens.spacingVerticalXS },
  title: { display: 'block' },
});

const stepScreens: Record<Step, (props: { context: DraftContext }) => React.ReactElement> = {
  company: CompanyStep,
  contact: ContactStep,
  address: AddressStep,
  language: LanguageStep,
  review: ReviewStep,
};

export function AddCustomerPage({ db, store }: { db: PartnerDeskDatabase; store: DeskStore }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const online = store((state) => state.connectivity.state) !== 'offline';
  const osLocale = store((state) => state.appInfo.osLocale);
  const { openList, openDetails } = useCustomersNavigation();
  const form = useAddCustomer();
  const problemText = useProblemText();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const context: DraftContext = { db, online, uiLanguage: i18n.language };
  const position = steps.indexOf(form.step);
  const problemCount = Object.values(form.problems).filter(Boolean).length;

  const { begin } = form;
  useEffect(() => {
    void begin(db, { country: countryOfLocale(osLocale), uiLanguage: i18n.language, online });
  }, [begin, db, osLocale, i18n.language, online]);

  // A new step is announced by moving focus to its heading; a refused step, to the first field to fix.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [form.step]);
  useEffect(() => {
    if (problemCount > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problemCount, form.problems]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (form.step !== 'review') {
      form.next();
      return;
    }
    const id = await form.save(db);
    if (id) openDetails(id);
  };

  const StepScreen = stepScreens[form.step];
  const stepTitle = t(`customers.add.steps.${form.step}`);
  return (
    <section className={styles.page} aria-labelledby="add-customer-title">
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeftRegular />} onClick={openList}>
        {t('customers.back')}
      </Button>
      <div>
        <Title2 as="h1" id="add-customer-title" className={styles.title}>
          {t('customers.add.title')}
        </Title2>
        <Text as="p" className={styles.intro}>
          {t('customers.add.intro')}
        </Text>
      </div>
      <StepIndicator current={form.step} onGoTo={position > 0 ? form.goTo : undefined} />
      <form ref={formRef} className={styles.form} onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="add-step-title">
        <div>
          <Text size={200}>{t('customers.add.stepOf', { current: position + 1, total: steps.length })}</Text>
          <h2 id="add-step-title" ref={headingRef} tabIndex={-1} className={styles.stepHeading}>
            {stepTitle}
          </h2>
        </div>
        {problemCount > 0 ? (
          <MessageBar intent="error" data-testid="step-problems">
            <MessageBarBody>{t('customers.add.fixBelow', { count: problemCount })}</MessageBarBody>
          </MessageBar>
        ) : null}
        <StepScreen context={context} />
        {form.step === 'review' ? (
          <MessageBar intent={online ? 'info' : 'warning'}>
            <MessageBarBody>{online ? t('customers.add.onlineSave') : t('customers.add.offlineSave')}</MessageBarBody>
          </MessageBar>
        ) : null}
        {form.saveProblem ? (
          <MessageBar intent="error">
            <MessageBarBody>{problemText(form.saveProblem)}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={styles.footer}>
          <Button
            onClick={() => {
              form.discard();
              openList();
            }}
          >
            {t('customers.add.cancel')}
          </Button>
          <span className={styles.spacer} />
          {position > 0 ? <Button onClick={form.back}>{t('customers.add.back')}</Button> : null}
          {form.step === 'review' ? (
            <Button appearance="primary" type="submit" disabled={form.saving}>
              {form.saving ? t('customers.add.saving') : t('customers.add.save')}
            </Button>
          ) : (
            <Button appearance="primary" type="submit">
              {t('customers.add.next')}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
