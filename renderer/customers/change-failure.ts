// What a customer screen says when a change could not be made. The intents' refusals carry English
// messages (for logs and tests) and a reason, which picks the sentence in the user's language here;
// anything else goes through failureMessage (a full disk says how to fix it).
import i18next from 'i18next';
import { failureMessage } from '../data/failure-message';
import { CustomerChangeRefused } from './customer-mutations';
import { OperationNotSettleable } from './details/operation-actions';

export function changeFailureMessage(error: unknown): string {
  // A count picks the plural form (active-subscriptions_one / _other).
  if (error instanceof CustomerChangeRefused) return i18next.t(`customers.refusals.${error.reason}`, error.values);
  if (error instanceof OperationNotSettleable) return i18next.t('customers.refusals.not-settleable');
  return failureMessage(error);
}
