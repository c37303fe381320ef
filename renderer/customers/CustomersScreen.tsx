// The Customers section: the list, the add-customer steps or one customer's details.
import { makeStyles } from '@fluentui/react-components';
import type { DeskStore } from '../app/desk-store';
import type { PartnerDeskDatabase } from '../data/database';
import { useCustomersNavigation } from './customers-navigation';
import { AddCustomerPage } from './add/AddCustomerPage';
import { AdminCredentialsDialog } from './details/AdminCredentialsDialog';
import { CustomerDetailsPage } from './details/CustomerDetailsPage';
import { CustomerList } from './list/CustomerList';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 },
});

export function CustomersScreen({ db, store }: { db: PartnerDeskDatabase; store: DeskStore }) {
  const styles = useStyles();
  const current = useCustomersNavigation((state) => state.current);
  return (
    <div className={styles.screen}>
      {current.page === 'list' ? <CustomerList db={db} store={store} /> : null}
      {current.page === 'add' ? <AddCustomerPage db={db} store={store} /> : null}
      {current.page === 'details' ? <CustomerDetailsPage db={db} store={store} customerId={current.customerId} /> : null}
      <AdminCredentialsDialog db={db} />
    </div>
  );
}
