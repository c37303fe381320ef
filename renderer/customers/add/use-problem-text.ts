// Turns a field problem into the sentence the user reads, naming countries in their language.
import { useTranslation } from 'react-i18next';
import { countryName } from './display-names';
import type { FieldProblem } from './new-customer-rules';

export function useProblemText(): (problem: FieldProblem | null | undefined) => string | undefined {
  const { t, i18n } = useTranslation();
  return (problem) => {
    if (!problem) return undefined;
    const values = { ...problem.values };
    if (typeof values.country === 'string') values.country = countryName(values.country, i18n.language);
    return t(`customers.add.problems.${problem.key}`, values);
  };
}
