// Step 4: the customer's language and culture (those the country supports) and the partner's
// confirmation that the customer accepted the Microsoft Customer Agreement.
import { Checkbox, Field } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useAddCustomer } from '../add-customer-store';
import { languageName } from '../display-names';
import { DraftSelect, type DraftContext } from '../draft-fields';
import { useProblemText } from '../use-problem-text';
import { useStepStyles } from './step-styles';

export function LanguageStep({ context }: { context: DraftContext }) {
  const styles = useStepStyles();
  const { t } = useTranslation();
  const rules = useAddCustomer((state) => state.rules);
  const accepted = useAddCustomer((state) => state.draft.agreementAccepted);
  const problem = useAddCustomer((state) => state.problems.agreementAccepted);
  const update = useAddCustomer((state) => state.update);
  const problemText = useProblemText();
  const languages = (rules?.supportedLanguages ?? []).map((code) => ({ value: code, label: languageName(code, context.uiLanguage) }));
  const cultures = (rules?.supportedCultures ?? []).map((code) => ({ value: code, label: `${languageName(code, context.uiLanguage)} (${code})` }));
  return (
    <div className={styles.grid}>
      <DraftSelect context={context} field="language" label={t('customers.add.fields.language')} required options={languages} />
      <DraftSelect context={context} field="culture" label={t('customers.add.fields.culture')} hint={t('customers.add.fields.cultureHint')} required options={cultures} />
      <Field className={styles.wide} validationState={problem ? 'error' : 'none'} validationMessage={problemText(problem)} hint={t('customers.add.fields.agreementHint')}>
        <Checkbox
          name="agreementAccepted"
          checked={accepted}
          label={t('customers.add.fields.agreement')}
          onChange={(_event, data) => update(context.db, 'agreementAccepted', data.checked === true, context)}
        />
      </Field>
    </div>
  );
}
