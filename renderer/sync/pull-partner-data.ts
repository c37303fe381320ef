// Pull, part two: what the partner has beyond customers. After each customer pull the leader
// brings in referrals, the indirect partners (and which customers belong to which reseller), the
// organization profile and the invitation link, then looks for accepted invitations. Each part
// has its own pace (referrals change often, the link almost never); a requested pull (start,
// reconnection, "check everything now") refreshes them all. A failing part never stops the others
// or the customer sync; offline stops the round, since every call would fail the same way.
//
// Customers of a reseller: list items do not carry `associatedPartnerId` (only a customer read
// by id does), so for a provider the pull asks Partner Center's list filtered by each reseller
// (`IndirectReseller`, a handful of calls: providers have few resellers) and tags the local rows.
// The customer list then filters by reseller offline, from IndexedDB.
import type { IpcError } from '../../shared/ipc/envelope';
import type { PartnerRelationship, PartnerRelationshipType } from '../../shared/partner-center';
import { releaseInvitationsWaitingForLink, organizationProfileKey } from '../invitations/invitation-actions';
import { fetchRelationshipLink, readRelationshipLink } from '../invitations/relationship-link';
import { pullReferrals } from '../referrals/referral-store';
import { detectInvitationAcceptance } from './invitation-acceptance';
import { metaKeys, pageSize } from './pull';
import type { SyncContext } from './sync-context';

export const partnerDataKeys = {
  /** When each part last succeeded (ISO time). */
  referralsAt: 'partnerData.referralsAt',
  indirectPartnersAt: 'partnerData.indirectPartnersAt',
  profileAt: 'partnerData.profileAt',
  /** Customers tagged per reseller: `{ [resellerId]: { count, at } }`. */
  resellerTags: 'partnerData.resellerTags',
} as const;

const minute = 60_000;
const pace = { referrals: 30_000, profile: 5 * minute, indirectPartners: 30 * minute, link: 24 * 60 * minute };

/** "My resellers" (I am their indirect provider) and "my providers" (I am their indirect reseller). */
export const relationshipTypes: readonly PartnerRelationshipType[] = ['IsIndirectCloudSolutionProviderOf', 'IsIndirectResellerOf'];

export interface PartnerDataResult {
  failures: { part: string; error: IpcError }[];
  released: number;
  accepted: number;
}

class Offline extends Error {}

export async function pullPartnerData(context: SyncContext, options: { requested: boolean; /** The cloud has invitations; default true. */ invitations?: boolean }): Promise<PartnerDataResult> {
  const { db, port } = context;
  const result: PartnerDataResult = { failures: [], released: 0, accepted: 0 };
  const now = context.now();
  const due = async (key: string, every: number) => {
    if (options.requested) return true;
    const at = (await db.meta.get(key))?.value as string | undefined;
    return at === undefined || now - Date.parse(at) >= every;
  };
  const stamp = (key: string) => db.meta.put({ key, value: new Date(context.now()).toISOString() });
  const run = async (part: string, step: () => Promise<IpcError | null>) => {
    let failure: IpcError | null;
    try {
      failure = await step();
    } catch (error) {
      failure = { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
    }
    if (!failure) return;
    result.failures.push({ part, error: failure });
    context.log(`sync: ${part} not pulled: ${failure.kind} ${failure.message}`);
    if (failure.kind === 'offline' || failure.kind === 'unauthorized') throw new Offline();
  };

  try {
    // The profile first: a mail released below names the partner.
    if (await due(partnerDataKeys.profileAt, pace.profile)) {
      await run('organization profile', async () => {
        const answer = await port.getOrganizationProfile();
        if (!answer.ok) return answer.error;
        await db.meta.put({ key: organizationProfileKey, value: answer.value });
        await stamp(partnerDataKeys.profileAt);
        return null;
      });
    }

    // A cloud without invitations has no link to give: asking would only fail, every day.
    if (options.invitations ?? true) {
      const link = await readRelationshipLink(db);
      const waiting = await db.invitations.where('status').equals('pending').filter((invitation) => (invitation as { waitingForLink?: boolean }).waitingForLink === true).count();
      if (!link || waiting > 0 || options.requested || now - Date.parse(link.fetchedAt) >= pace.link) {
        await run('invitation link', async () => {
          const fetched = await fetchRelationshipLink(db, port, context.now);
          return 'url' in fetched ? null : fetched;
        });
      }
      result.released = await releaseInvitationsWaitingForLink(db, new Date(context.now()));
    }

    if (await due(partnerDataKeys.referralsAt, pace.referrals)) {
      await run('referrals', async () => {
        const failure = await pullReferrals(db, port, context.now());
        if (!failure) await stamp(partnerDataKeys.referralsAt);
        return failure;
      });
    }

    if (await due(partnerDataKeys.indirectPartnersAt, pace.indirectPartners)) {
      await run('indirect partners', async () => {
        for (const relationshipType of relationshipTypes) {
          const answer = await port.listIndirectPartners({ relationshipType });
          if (!answer.ok) return answer.error;
          await db.transaction('rw', db.indirectPartners, async () => {
            await db.indirectPartners.where('relationshipType').equals(relationshipType).delete();
            await db.indirectPartners.bulkPut(answer.value);
          });
        }
        const failure = (await resellerTagsDue(context)) ? await tagResellerCustomers(context) : null;
        if (!failure) await stamp(partnerDataKeys.indirectPartnersAt);
        return failure;
      });
    }
  } catch (error) {
    if (!(error instanceof Offline)) throw error;
  }

  // Local only: runs even when the network failed, over whatever customers the last pull brought.
  result.accepted = await detectInvitationAcceptance(db, new Date(context.now()));
  return result;
}

/**
 * Whether the customers need tagging again: never done, the resellers changed, a full list pass
 * since (it can bring customers the tags have not seen; one brought by the activity log is read by
 * id and carries its reseller already), or the last tagging is older than the partners' own pace.
 * Not on every requested pull: it lists every reseller's customers, many calls for a provider
 * with 100,000 customers, and "check now" would wait on it each time.
 */
async function resellerTagsDue(context: SyncContext): Promise<boolean> {
  const { db } = context;
  const tags = (await db.meta.get(partnerDataKeys.resellerTags))?.value as Record<string, { count: number; at: string }> | undefined;
  if (!tags) return true;
  const resellers = await db.indirectPartners.where('relationshipType').equals('IsIndirectCloudSolutionProviderOf').primaryKeys();
  const tagged = Object.keys(tags);
  if (resellers.length !== tagged.length || resellers.some((id) => !(String(id) in tags))) return true;
  const oldest = Math.min(...Object.values(tags).map((tag) => Date.parse(tag.at)));
  const lastPass = (await db.meta.get(metaKeys.lastReconcileAt))?.value as string | undefined;
  if (lastPass !== undefined && Date.parse(lastPass) > oldest) return true;
  return context.now() - oldest >= pace.indirectPartners;
}

/**
 * Tags every local customer with the reseller Partner Center associates it with, one filtered
 * list per reseller; a customer no longer in a reseller's list loses that tag. Skipped until the
 * first sync has brought the customers in (rows not here yet cannot be tagged).
 */
export async function tagResellerCustomers(context: SyncContext): Promise<IpcError | null> {
  const { db, port } = context;
  if ((await db.meta.get(metaKeys.firstSyncDone))?.value !== true) return null;
  const resellers: PartnerRelationship[] = await db.indirectPartners.where('relationshipType').equals('IsIndirectCloudSolutionProviderOf').toArray();
  const tags: Record<string, { count: number; at: string }> = {};
  for (const reseller of resellers) {
    const ids = new Set<string>();
    let continuationToken: string | undefined;
    do {
      const page = await port.listCustomers({
        size: pageSize,
        filter: { field: 'IndirectReseller', value: reseller.id, operator: 'starts_with' },
        ...(continuationToken ? { continuationToken } : {}),
      });
      if (!page.ok) return page.error;
      for (const item of page.value.items) ids.add(item.id);
      continuationToken = page.value.continuationToken;
    } while (continuationToken);
    await db.transaction('rw', db.customers, async () => {
      db.markBackground();
      await db.customers
        .where('associatedPartnerId')
        .equals(reseller.id)
        .filter((customer) => !ids.has(customer.id))
        .modify((customer) => void delete customer.associatedPartnerId);
      const rows = await db.customers.bulkGet([...ids]);
      const changed = rows.filter((row) => row !== undefined && row.associatedPartnerId !== reseller.id).map((row) => ({ ...row!, associatedPartnerId: reseller.id }));
      if (changed.length > 0) await db.customers.bulkPut(changed);
    });
    tags[reseller.id] = { count: ids.size, at: new Date(context.now()).toISOString() };
  }
  await db.meta.put({ key: partnerDataKeys.resellerTags, value: tags });
  return null;
}
