// The grid the add-customer steps lay their fields on.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useStepStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalL, alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
  domainStatus: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  available: { color: tokens.colorPaletteGreenForeground1 },
  refused: { color: tokens.colorPaletteRedForeground1 },
  later: { color: tokens.colorNeutralForeground2 },
});
