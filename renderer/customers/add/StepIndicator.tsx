// The row of steps above the form: where the user is, what is done, and a way back to a done step.
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { steps, type Step } from './new-customer-draft';

const useStyles = makeStyles({
  list: { display: 'flex', gap: tokens.spacingHorizontalS, listStyle: 'none', margin: 0, padding: 0, flexWrap: 'wrap' },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  number: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '24px',
    height: '24px',
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
  },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  currentNumber: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, border: `1px solid ${tokens.colorBrandBackground}` },
  done: { color: tokens.colorPaletteGreenForeground1, fontSize: '24px' },
  link: { background: 'none', border: 'none', padding: 0, font: 'inherit', color: tokens.colorBrandForegroundLink, cursor: 'pointer', textDecoration: 'underline' },
  separator: { width: '24px', height: '1px', backgroundColor: tokens.colorNeutralStroke2, alignSelf: 'center' },
});

export function StepIndicator({ current, onGoTo }: { current: Step; onGoTo?: (step: Step) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const position = steps.indexOf(current);
  return (
    <nav aria-label={t('customers.add.stepsLabel')}>
      <ol className={styles.list}>
        {steps.map((step, index) => {
          const label = t(`customers.add.steps.${step}`);
          const done = index < position;
          return (
            <li key={step} className={mergeClasses(styles.item, index === position && styles.current)} aria-current={index === position ? 'step' : undefined}>
              {index > 0 ? <span className={styles.separator} aria-hidden /> : null}
              {done ? <CheckmarkCircleFilled className={styles.done} aria-hidden /> : <span className={mergeClasses(styles.number, index === position && styles.currentNumber)} aria-hidden>{index + 1}</span>}
              {done && onGoTo ? (
                <button type="button" className={styles.link} onClick={() => onGoTo(step)}>
                  {label}
                </button>
              ) : (
                <Text weight={index === position ? 'semibold' : 'regular'}>{label}</Text>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
