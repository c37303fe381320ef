// The "Export" button: the current view (what the search and filters show) or the whole list,
// each with its count so the partner knows what they will get.
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { ArrowExportRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { PartnerDeskDatabase } from '../../data/database';
import { numberFormat } from '../../i18n/formats';
import type { CustomerListIndex } from '../list/customer-list-index';
import { customerListSource } from '../list/customer-list-source';
import { useCustomerExport } from './customer-export';

const wholeList = { search: '', relationship: 'all', sync: 'all', reseller: null, sortBy: 'name', direction: 'ascending' } as const;

export function ExportMenu({ db, index, slots }: { db: PartnerDeskDatabase; index: CustomerListIndex; slots: Int32Array }) {
  const { t, i18n } = useTranslation();
  const start = useCustomerExport((state) => state.start);
  const writing = useCustomerExport((state) => state.status === 'writing');
  const number = numberFormat(i18n.language);
  const exportView = () => void start('view', async () => ({ count: slots.length, rowAt: (position) => index.row(slots[position]!) }));
  const exportAll = () =>
    void start('all', async () => {
      const complete = await customerListSource(db).ready();
      const all = complete.query(wholeList);
      return { count: all.length, rowAt: (position) => complete.row(all[position]!) };
    });
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button icon={<ArrowExportRegular />} disabled={writing}>
          {t('customers.export.button')}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={exportView} disabled={slots.length === 0}>
            {t('customers.export.view', { count: slots.length, formatted: number.format(slots.length) })}
          </MenuItem>
          <MenuItem onClick={exportAll}>{t('customers.export.all', { count: index.size, formatted: number.format(index.size) })}</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
