// Invitations, referrals and indirect partners through the real sync engine against a real
// emulator: what the partner does offline reaches Partner Center (or the mailbox) once, and what
// changes there comes back. IndexedDB is fake-indexeddb; main's real client makes the calls.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EmulatorControl } from '../../emulator/control-client';
import { DEMO_TOKEN, startEmulator } from '../../emulator/server';
import type { Referral } from '../../shared/partner-center';
import { invitationOf, type InvitationDraft } from '../invitations/invitation';
import { cancelInvitation, resendThroughGraph, saveInvitation } from '../invitations/invitation-actions';
import { readRelationshipLink } from '../invitations/relationship-link';
import { mailTemplate } from '../invitations/texts';
import { acceptPatch } from '../referrals/referral';
import { answerAgainOverTheirs, answerReferral, discardAnswer, ReferralRefused } from '../referrals/referral-store';
import { createIndexedDbMachine, createNodePort, eventually, openWindow, type Network, type NodeWindow } from './node-sync.test-support';
import { metaKeys } from './pull';
import { requestFullSync } from './sync-requests';

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let control: EmulatorControl;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  control = new EmulatorControl(emulator.url);
});
afterAll(async () => emulator.stop());

const draft = (domain: string): InvitationDraft => ({
  recipientName: 'Anna Rossi',
  recipientEmail: `anna.rossi@${domain}`,
  companyName: 'Northwind Traders S.p.A.',
  expectedDomain: domain,
  delegatedAdmin: false,
  language: 'en',
  note: 'We met at the Milan partner day.',
  subject: mailTemplate('en').subject,
  body: mailTemplate('en').body,
});

async function referralOnServer(id: string): Promise<Referral> {
  const answer = await fetch(`${emulator.url}/v1.0/engagements/referrals/${id}`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
  return (await answer.json()) as Referral;
}

describe('partner data through the sync engine', () => {
  let network: Network;
  let window: NodeWindow;

  const goOffline = () => {
    network.online = false;
    window.engine.setConnectivity('offline');
  };
  const goOnline = () => {
    network.online = true;
    window.engine.setConnectivity('online');
  };

  beforeEach(async () => {
    await control.reset({ customers: 40, seed: 3 });
    network = { online: true };
    window = openWindow(createIndexedDbMachine(), createNodePort(emulator.url, network).port, undefined, { partnerData: true, log: (line) => process.env.SYNC_DEBUG && console.log(line) });
    return () => window.close();
  });

  it('mails an invitation written before the link was ever fetched once, with the link, and sees it accepted', async () => {
    goOffline();
    window.engine.start();
    const saved = await saveInvitation(window.db, draft('northwind.example'), 'graph');
    expect(saved).toMatchObject({ status: 'pending', waitingForLink: true });
    expect(await window.db.outbox.count()).toBe(0);

    goOnline();
    await eventually(async () => (await window.db.invitations.get(saved.id))?.status === 'sent', 'invitation sent');
    const mail = await control.mail();
    expect(mail).toHaveLength(1);
    expect(mail[0]!.to).toEqual(['anna.rossi@northwind.example']);
    expect(mail[0]!.subject).toBe('Lakeside Cloud Services S.r.l. invites Northwind Traders S.p.A. to a reseller relationship');
    const link = await readRelationshipLink(window.db);
    expect(link?.url).toContain('DAP=true');
    // Without delegated admin, the mail carries the DAP=false variant of the partner's link.
    expect(mail[0]!.body).toContain(link!.url.replace('DAP=true', 'DAP=false'));
    expect(mail[0]!.body).toContain('We met at the Milan partner day.');
    expect(mail[0]!.body).not.toContain('{');

    const customer = await control.acceptInvitation('northwind.example', { companyName: 'Northwind Traders S.p.A.' });
    await requestFullSync(window.db);
    await eventually(async () => (await window.db.invitations.get(saved.id))?.status === 'accepted', 'invitation accepted');
    expect(invitationOf((await window.db.invitations.get(saved.id))!)).toMatchObject({ customerId: customer.id, acceptedCompanyName: 'Northwind Traders S.p.A.', acceptanceAnnounced: false });
    expect(await control.mail()).toHaveLength(1);
  });

  it('leaves a mail whose delivery is unknown for the user, and resends it only when asked', async () => {
    window.engine.start();
    await eventually(async () => (await readRelationshipLink(window.db)) !== null, 'link fetched');
    await control.setFaults({ seed: 1, rules: [{ method: 'POST', path: '/v1.0/me/sendMail', rate: 1, kind: 'drop-after', times: 1 }] });
    const saved = await saveInvitation(window.db, draft('fabrikam.example'), 'graph');
    await eventually(async () => (await window.db.invitations.get(saved.id))?.status === 'delivery-unknown', 'delivery unknown');
    window.engine.requestPull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await control.mail()).toHaveLength(1);

    await resendThroughGraph(window.db, saved.id);
    window.engine.wake();
    await eventually(async () => (await window.db.invitations.get(saved.id))?.status === 'sent', 'resent');
    expect(await control.mail()).toHaveLength(2);
  });

  it('never sends a cancelled invitation', async () => {
    goOffline();
    window.engine.start();
    const saved = await saveInvitation(window.db, draft('tailspin.example'), 'graph');
    await cancelInvitation(window.db, saved.id);
    goOnline();
    await eventually(async () => (await readRelationshipLink(window.db)) !== null, 'link fetched');
    await eventually(async () => (await window.db.meta.get(metaKeys.firstSyncDone))?.value === true, 'first sync');
    expect(await control.mail()).toHaveLength(0);
    expect((await window.db.invitations.get(saved.id))?.status).toBe('cancelled');
  });

  it('sends a referral accepted offline with its status and details', async () => {
    const lead = await control.createReferral({ name: 'Dynamics rollout', customerName: 'Contoso Pharma', dealValue: 12_000, currency: 'EUR' });
    window.engine.start();
    await eventually(() => window.db.referrals.get(lead.id), 'referral pulled');
    goOffline();
    const closeDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await answerReferral(window.db, lead.id, 'accept', acceptPatch({ name: 'Contoso Dynamics 365', dealValue: '48,500.50', currency: 'EUR', closeDate, notes: 'Kick-off in May' }));
    expect(await window.db.referrals.get(lead.id)).toMatchObject({ status: 'Active', substatus: 'Accepted', sync: 'pending' });
    expect((await referralOnServer(lead.id)).status).toBe('New');

    goOnline();
    await eventually(async () => (await window.db.referrals.get(lead.id))?.sync === 'synced', 'answer acknowledged');
    const server = await referralOnServer(lead.id);
    expect(server).toMatchObject({ status: 'Active', substatus: 'Accepted', name: 'Contoso Dynamics 365', details: { dealValue: 48_500.5, currency: 'EUR', notes: 'Kick-off in May' } });
    expect(server.details.closingDateTime?.slice(0, 10)).toBe(closeDate);
    const patches = (await control.requests()).filter((request) => request.method === 'PATCH');
    expect(patches).toHaveLength(1);
  });

  it('shows a conflict when the referral changed in Partner Center meanwhile, and keeps theirs on request', async () => {
    const lead = await control.createReferral({ name: 'Teams Phone', customerName: 'Alpine Logistics' });
    window.engine.start();
    await eventually(() => window.db.referrals.get(lead.id), 'referral pulled');
    goOffline();
    await answerReferral(window.db, lead.id, 'accept', acceptPatch({ name: 'Teams Phone', dealValue: '9000', currency: 'EUR', closeDate: '2999-01-31', notes: '' }));
    await control.expireReferral(lead.id);
    goOnline();
    const conflict = await eventually(async () => {
      const found = await window.db.conflicts.where('recordKey').equals(`referral:${lead.id}`).first();
      return found?.theirsEtag ? found : null;
    }, 'conflict with their side');
    expect(conflict.fields.find((field) => field.field === '/substatus')).toMatchObject({ mine: 'Accepted', theirs: 'Expired', base: 'Pending' });
    // An expired referral cannot be accepted: sending the answer again is refused, keeping theirs works.
    await expect(answerAgainOverTheirs(window.db, lead.id)).rejects.toBeInstanceOf(ReferralRefused);
    await discardAnswer(window.db, lead.id);
    expect(await window.db.referrals.get(lead.id)).toMatchObject({ status: 'Closed', substatus: 'Expired', sync: 'synced' });
    expect(await window.db.conflicts.count()).toBe(0);
  });

  it('lists indirect partners and tags each customer with its reseller', async () => {
    window.engine.start();
    await eventually(async () => (await window.db.indirectPartners.count()) > 0 && (await window.db.meta.get('partnerData.resellerTags')) !== undefined, 'partners and tags');
    expect(await window.db.indirectPartners.where('relationshipType').equals('IsIndirectCloudSolutionProviderOf').count()).toBe(6);
    expect(await window.db.indirectPartners.where('relationshipType').equals('IsIndirectResellerOf').count()).toBe(2);
    const customers = await window.db.customers.toArray();
    let tagged = 0;
    for (const customer of customers) {
      const full = await control.customer(customer.id);
      expect(customer.associatedPartnerId).toBe(full.associatedPartnerId ?? undefined);
      if (customer.associatedPartnerId) tagged += 1;
    }
    expect(tagged).toBeGreaterThan(0);
  });

  it('asks for no invitation link in a cloud without invitations (US Government), and still pulls the rest', async () => {
    await window.close();
    window = openWindow(createIndexedDbMachine(), createNodePort(emulator.url, network).port, undefined, { partnerData: true, invitations: false });
    const linkRequests = async () => (await control.requests()).filter((request) => request.path.startsWith('/v1/customers/relationshiprequests')).length;
    window.engine.start();
    await eventually(async () => (await window.db.meta.get('partnerData.indirectPartnersAt')) !== undefined, 'partner data pulled');
    window.engine.requestPull();
    const pulledAt = (await window.db.meta.get('partnerData.indirectPartnersAt'))?.value;
    await eventually(async () => (await window.db.meta.get('partnerData.indirectPartnersAt'))?.value !== pulledAt, 'partner data pulled again');
    expect(await linkRequests()).toBe(0);
    expect(await readRelationshipLink(window.db)).toBeNull();
    expect(await window.db.meta.get('organizationProfile')).toBeDefined();
  });

  it('lists the resellers\' customers again after a full pass, not on every pull the user asks for', async () => {
    // Customer list calls: one page for each full pass (40 customers), one per reseller for tagging.
    const customerListings = async () => (await control.requests()).filter((request) => request.method === 'GET' && request.path === '/v1/customers').length;
    const partnersPulledAt = async () => (await window.db.meta.get('partnerData.indirectPartnersAt'))?.value as string | undefined;
    window.engine.start();
    const first = await eventually(async () => (await window.db.meta.get('partnerData.resellerTags')) !== undefined && partnersPulledAt(), 'customers tagged');
    const listed = await customerListings();
    const resellers = await window.db.indirectPartners.where('relationshipType').equals('IsIndirectCloudSolutionProviderOf').count();
    expect(listed).toBe(1 + resellers);

    // "Check now": the partners are read again, their customers are not.
    window.engine.requestPull();
    const second = await eventually(async () => ((await partnersPulledAt()) !== first ? partnersPulledAt() : null), 'partners pulled again');
    expect(await customerListings()).toBe(listed);

    // A full pass may bring customers no tag has seen: then they are listed again.
    await requestFullSync(window.db);
    await eventually(async () => (await partnersPulledAt()) !== second, 'partners pulled after the full pass');
    expect(await customerListings()).toBe(2 * (1 + resellers));
  });
});
