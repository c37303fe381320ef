// Is `<prefix>.onmicrosoft.com` still free? Asked as the partner types (debounced by the form
// store), only when online; offline the answer is "will be checked before sending", because
// Partner Center checks it again when the customer is created and refuses a taken domain.
import { fullOnMicrosoftDomain } from '../../../shared/partner-center';
import { searchKey, type PartnerDeskDatabase } from '../../data/database';
import { deskApi } from '../../platform/desk-api';

export type DomainAvailability =
  | 'unchecked' // nothing valid typed yet
  | 'checking'
  | 'available'
  | 'taken' // Partner Center says someone has it
  | 'in-your-list' // one of this partner's customers already has it
  | 'check-later'; // offline, or Partner Center did not answer: checked before sending

export async function checkDomainAvailability(db: PartnerDeskDatabase, prefix: string, online: boolean): Promise<DomainAvailability> {
  const domain = fullOnMicrosoftDomain(prefix);
  if ((await db.customers.where('domainKey').equals(searchKey(domain)).count()) > 0) return 'in-your-list';
  if (!online) return 'check-later';
  const answer = await deskApi().isDomainTaken({ domain });
  if (!answer.ok) return 'check-later';
  return answer.value ? 'taken' : 'available';
}
