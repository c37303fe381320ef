// What a screen shows where a list or a selection has nothing yet: an icon, a heading and a
// sentence that says why and what to do, in one look across every section.
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { FluentIcon } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXXXL,
    textAlign: 'center',
    border: `1px dashed ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  icon: { fontSize: '40px', color: tokens.colorNeutralForeground3 },
  body: { maxWidth: '560px' },
});

export function EmptyState({ icon: Icon, title, body, testId, titleSize = 500, children }: {
  icon: FluentIcon;
  title: string;
  body: string;
  testId: string;
  titleSize?: 400 | 500;
  children?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.box} data-testid={testId}>
      <Icon className={styles.icon} aria-hidden />
      <Text as="h2" size={titleSize} weight="semibold">
        {title}
      </Text>
      <Text className={styles.body}>{body}</Text>
      {children}
    </div>
  );
}
