// The customer table: a grid whose rows are rendered only where the user is looking, so
// 100,000 customers scroll like 100. Keyboard: arrows, Page Up/Down, Home/End move between
// rows (focus moves with them, so screen readers follow), Enter opens the customer.
import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ArrowSortDownRegular, ArrowSortUpRegular } from '@fluentui/react-icons';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CustomerListIndex, ListedCustomer, SortColumn, SortDirection } from './customer-list-index';
import { SyncBadge } from './SyncBadge';

const rowHeight = 40;
const columns = 'minmax(200px, 2.2fr) minmax(180px, 2fr) minmax(120px, 1fr) 150px 150px';

const useStyles = makeStyles({
  grid: {
    display: 'flex',
    flexDirection: 'column',
    flex: 1,
    minHeight: 0,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: 'grid',
    gridTemplateColumns: columns,
    alignItems: 'center',
    minHeight: '40px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowY: 'hidden',
    scrollbarGutter: 'stable',
  },
  headerCell: { paddingLeft: tokens.spacingHorizontalM, paddingRight: tokens.spacingHorizontalS, display: 'flex', alignItems: 'center' },
  // A sort button's label starts after its own padding and border: pulled back by both, so the
  // label lines up with the text of its column (it sat 9 px to the right) and the button keeps
  // its full size and focus ring.
  sortButton: { marginLeft: `calc(-1 * (${tokens.spacingHorizontalS} + ${tokens.strokeWidthThin}))` },
  body: { flex: 1, minHeight: 0, overflowY: 'auto', scrollbarGutter: 'stable', position: 'relative' },
  rows: { position: 'relative', width: '100%' },
  row: {
    position: 'absolute',
    left: 0,
    right: 0,
    height: `${rowHeight}px`,
    display: 'grid',
    gridTemplateColumns: columns,
    alignItems: 'center',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  cell: { paddingLeft: tokens.spacingHorizontalM, paddingRight: tokens.spacingHorizontalS, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground2, fontStyle: 'italic', fontSize: tokens.fontSizeBase200 },
  ended: { color: tokens.colorNeutralForeground2 },
});

interface CustomerTableProps {
  index: CustomerListIndex;
  slots: Int32Array;
  sortBy: SortColumn;
  direction: SortDirection;
  activeId: string | null;
  initialOffset: number;
  onSort(column: SortColumn): void;
  onActivate(customerId: string): void;
  onOpen(customerId: string): void;
  onScrolled(offset: number): void;
}

export function CustomerTable(props: CustomerTableProps) {
  const { index, slots, sortBy, direction, activeId, onActivate, onOpen } = props;
  const styles = useStyles();
  const { t } = useTranslation();
  const bodyRef = useRef<HTMLDivElement>(null);
  // The row index the keyboard asked to focus, kept until that row is rendered and focused: a
  // render in between (the virtualizer repaints on scroll before the new active row arrives) must
  // not use it up, or focus stays on the old row and drops to the page when it scrolls away.
  const focusWanted = useRef<number | null>(null);
  // Rows read the latest handlers through a ref, so a row whose customer did not change is not
  // rendered again: one edit re-rendered every row on screen, most of the time the list took.
  const handlers = useRef<RowHandlers>({ onOpen, onActivate, activeId });
  handlers.current = { onOpen, onActivate, activeId };
  const activeSlot = activeId === null ? -1 : index.slotOfId(activeId);
  const found = activeSlot < 0 ? -1 : slots.indexOf(activeSlot);
  const activeIndex = found < 0 ? 0 : found;

  // The active row is always rendered, so keyboard focus never lands on a row that is gone.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const visible = defaultRangeExtractor(range);
      return activeIndex < range.count && !visible.includes(activeIndex) ? [...visible, activeIndex].sort((a, b) => a - b) : visible;
    },
    [activeIndex],
  );
  const virtualizer = useVirtualizer({
    count: slots.length,
    getScrollElement: () => bodyRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    rangeExtractor,
    initialOffset: props.initialOffset,
  });

  // Where the list was scrolled is remembered when it is left, for coming back to the same place.
  // Not on every scroll: storing it re-renders the whole page, once a frame while scrolling.
  const { onScrolled } = props;
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    let offset = body.scrollTop;
    const remember = () => (offset = body.scrollTop);
    body.addEventListener('scroll', remember, { passive: true });
    return () => {
      body.removeEventListener('scroll', remember);
      onScrolled(offset);
    };
  }, [onScrolled]);

  // Back from a customer's details: the row that was opened is in view, and has the focus the
  // details page took with it (focus left on nothing would make a keyboard user start over).
  useEffect(() => {
    if (activeId === null || activeSlot < 0) return;
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    if (document.activeElement === null || document.activeElement === document.body) focusWanted.current = activeIndex;
    // Once, when the table appears.
  }, []);

  useEffect(() => {
    const wanted = focusWanted.current;
    if (wanted === null || wanted !== activeIndex) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-index="${wanted}"]`);
    if (!row) return;
    focusWanted.current = null;
    row.focus({ preventScroll: true });
  });

  const moveTo = (next: number) => {
    const target = Math.max(0, Math.min(slots.length - 1, next));
    focusWanted.current = target;
    onActivate(index.row(slots[target]!).id);
    virtualizer.scrollToIndex(target, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (slots.length === 0) return;
    const page = Math.max(1, Math.floor((bodyRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const moves: Record<string, () => number> = {
      ArrowDown: () => activeIndex + 1,
      ArrowUp: () => activeIndex - 1,
      PageDown: () => activeIndex + page,
      PageUp: () => activeIndex - page,
      Home: () => 0,
      End: () => slots.length - 1,
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveTo(move());
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(index.row(slots[activeIndex]!).id);
    }
  };

  // Focus the user took elsewhere (the search box, a button) cancels a pending keyboard move;
  // focus dropping to nothing because its row unmounted does not.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget as Node | null;
    if (next && !event.currentTarget.contains(next)) focusWanted.current = null;
  };

  const header = (column: SortColumn, label: string) => {
    const sorted = sortBy === column;
    return (
      <div role="columnheader" className={styles.headerCell} aria-sort={sorted ? direction : 'none'}>
        <Button
          className={styles.sortButton}
          appearance="transparent"
          size="small"
          icon={sorted ? direction === 'ascending' ? <ArrowSortUpRegular /> : <ArrowSortDownRegular /> : undefined}
          iconPosition="after"
          onClick={() => props.onSort(column)}
          title={t('customers.list.sortBy', { column: label })}
        >
          {label}
        </Button>
      </div>
    );
  };

  return (
    <div
      role="grid"
      className={styles.grid}
      aria-label={t('customers.list.tableLabel', { count: slots.length })}
      aria-rowcount={slots.length + 1}
      aria-colcount={5}
      aria-describedby="customer-grid-hint"
    >
      <span id="customer-grid-hint" hidden>
        {t('customers.list.keyboardHint')}
      </span>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={styles.header}>
          {header('name', t('customers.list.columns.name'))}
          {header('domain', t('customers.list.columns.domain'))}
          <div role="columnheader" className={styles.headerCell}>
            <Text weight="semibold" size={200}>
              {t('customers.list.columns.id')}
            </Text>
          </div>
          <div role="columnheader" className={styles.headerCell}>
            <Text weight="semibold" size={200}>
              {t('customers.list.columns.relationship')}
            </Text>
          </div>
          <div role="columnheader" className={styles.headerCell}>
            <Text weight="semibold" size={200}>
              {t('customers.list.columns.sync')}
            </Text>
          </div>
        </div>
      </div>
      <div role="rowgroup" ref={bodyRef} className={styles.body} onKeyDown={onKeyDown} onBlur={onBlur} data-testid="customer-rows">
        <div className={styles.rows} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const customer = index.row(slots[item.index]!);
            return (
              <CustomerRow
                key={customer.id}
                {...customer}
                rowIndex={item.index}
                top={item.start}
                tabStop={item.index === activeIndex}
                active={item.index === activeIndex && activeId !== null}
                handlers={handlers}
                styles={styles}
                t={t}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface RowHandlers {
  onOpen(customerId: string): void;
  onActivate(customerId: string): void;
  activeId: string | null;
}

interface CustomerRowProps extends ListedCustomer {
  rowIndex: number;
  top: number;
  tabStop: boolean;
  active: boolean;
  handlers: RefObject<RowHandlers>;
  /** The table's, passed down: a hook per row made every row that scrolls into view cost more to mount. */
  styles: ReturnType<typeof useStyles>;
  t: TFunction;
}

/** One customer's row; rendered again only when what it shows changes. */
const CustomerRow = memo(function CustomerRow({ id, companyName, domain, relationship, sync, rowIndex, top, tabStop, active, handlers, styles, t }: CustomerRowProps) {
  const local = id.startsWith('local:');
  return (
    <div
      role="row"
      aria-rowindex={rowIndex + 2}
      data-index={rowIndex}
      data-customer-id={id}
      tabIndex={tabStop ? 0 : -1}
      className={mergeClasses(styles.row, active && styles.active)}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => handlers.current.onOpen(id)}
      onFocus={() => id !== handlers.current.activeId && handlers.current.onActivate(id)}
    >
      <div role="gridcell" className={styles.cell}>
        <Text weight="semibold">{companyName}</Text>
      </div>
      <div role="gridcell" className={styles.cell}>
        {domain}
      </div>
      <div role="gridcell" className={mergeClasses(styles.cell, local ? styles.muted : styles.id)} title={local ? undefined : id}>
        {local ? t('customers.list.notYetCreated') : id}
      </div>
      <div role="gridcell" className={mergeClasses(styles.cell, relationship === 'none' && styles.ended)}>
        {t(`customers.relationship.${relationship}`)}
      </div>
      <div role="gridcell" className={styles.cell}>
        <SyncBadge state={sync} />
      </div>
    </div>
  );
});
