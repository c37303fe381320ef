// The form's fields, bound to the draft: each shows its label, its hint and, after the user
// tried to move on, what to fix. The text typed is never cleared by a problem.
import { Field, Input, Select, type InputProps } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { PartnerDeskDatabase } from '../../data/database';
import { useAddCustomer } from './add-customer-store';
import type { NewCustomerDraft } from './new-customer-draft';
import { useProblemText } from './use-problem-text';

type TextField = { [K in keyof NewCustomerDraft]: NewCustomerDraft[K] extends string ? K : never }[keyof NewCustomerDraft];

export interface DraftContext {
  db: PartnerDeskDatabase;
  online: boolean;
  uiLanguage: string;
}

interface DraftFieldProps {
  context: DraftContext;
  field: TextField;
  label: string;
  hint?: string | ReactElement;
  required?: boolean;
  type?: InputProps['type'];
  autoComplete?: string;
  contentAfter?: ReactElement;
  maxLength?: number;
  className?: string;
}

export function DraftInput({ context, field, label, hint, required, type, autoComplete, contentAfter, maxLength, className }: DraftFieldProps) {
  const value = useAddCustomer((state) => state.draft[field]);
  const problem = useAddCustomer((state) => state.problems[field]);
  const update = useAddCustomer((state) => state.update);
  const problemText = useProblemText();
  return (
    <Field label={label} hint={hint} required={required} validationState={problem ? 'error' : 'none'} validationMessage={problemText(problem)} className={className}>
      <Input
        name={field}
        value={value}
        type={type}
        autoComplete={autoComplete}
        contentAfter={contentAfter}
        maxLength={maxLength}
        onChange={(_event, data) => update(context.db, field, data.value, context)}
      />
    </Field>
  );
}

interface DraftSelectProps extends Omit<DraftFieldProps, 'type' | 'autoComplete' | 'contentAfter' | 'maxLength'> {
  options: { value: string; label: string }[];
  placeholder?: string;
}

export function DraftSelect({ context, field, label, hint, required, options, placeholder, className }: DraftSelectProps) {
  const value = useAddCustomer((state) => state.draft[field]);
  const problem = useAddCustomer((state) => state.problems[field]);
  const update = useAddCustomer((state) => state.update);
  const problemText = useProblemText();
  return (
    <Field label={label} hint={hint} required={required} validationState={problem ? 'error' : 'none'} validationMessage={problemText(problem)} className={className}>
      <Select name={field} value={value} onChange={(_event, data) => update(context.db, field, data.value, context)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
