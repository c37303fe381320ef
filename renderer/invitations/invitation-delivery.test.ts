// How an invitation's mail leaves through the real sync engine against a real emulator, in the
// cases where Graph's lack of de-duplication matters: a mail found in flight after Partner Desk
// stopped is left to the user, never sent again by itself; a mail that lands after the customer
// already accepted does not turn the invitation back to "sent"; a mail is signed with the
// partner's name, waiting for the sync to fetch it when it was not known yet.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EmulatorControl } from '../../emulator/control-client';
import { startEmulator } from '../../emulator/server';
import { invitationRecordKey } from '../../shared/sync/operations';
import { createIndexedDbMachine, createNodePort, eventually, openWindow, type Network, type NodeWindow } from '../sync/node-sync.test-support';
import { fetchRelationshipLink } from './relationship-link';
import { invitationOf, type InvitationDraft } from './invitation';
import { markSent, organizationProfileKey, recordMailSent, saveInvitation } from './invitation-actions';
import { mailTemplate } from './texts';
import { operationsOfRecord } from '../data/outbox';

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let control: EmulatorControl;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  control = new EmulatorControl(emulator.url);
});
afterAll(async () => emulator.stop());

const draft: InvitationDraft = {
  recipientName: 'Anna Rossi',
  recipientEmail: 'anna.rossi@fabrikam.example',
  companyName: 'Fabrikam S.p.A.',
  expectedDomain: 'fabrikam.example',
  delegatedAdmin: true,
  language: 'it',
  note: '',
  subject: mailTemplate('it').subject,
  body: mailTemplate('it').body,
};

describe('invitation mail through the sync engine', () => {
  let network: Network;
  let machine: ReturnType<typeof createIndexedDbMachine>;
  let window: NodeWindow;

  beforeEach(async () => {
    await control.reset({ customers: 5, seed: 4 });
    network = { online: true };
    machine = createIndexedDbMachine();
    const { port } = createNodePort(emulator.url, network);
    window = openWindow(machine, port, undefined, { partnerData: true });
    await fetchRelationshipLink(window.db, port);
    const profile = await port.getOrganizationProfile();
    if (profile.ok) await window.db.meta.put({ key: organizationProfileKey, value: profile.value });
    return () => window.close();
  });

  it('leaves a mail that was in flight when Partner Desk stopped to the user, and never sends it by itself', async () => {
    const saved = await saveInvitation(window.db, draft, 'graph');
    // Partner Desk stopped right after handing the mail to Graph: the operation is still in flight.
    await operationsOfRecord(window.db, invitationRecordKey(saved.id)).modify({ status: 'in-flight', attempts: 1 });

    window.engine.start();
    await eventually(async () => (await window.db.invitations.get(saved.id))?.status === 'delivery-unknown', 'delivery unknown');
    window.engine.requestPull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await control.mail()).toEqual([]);
    const [operation] = await operationsOfRecord(window.db, invitationRecordKey(saved.id)).toArray();
    expect(operation).toMatchObject({ status: 'delivery-unknown', ambiguous: true });

    await markSent(window.db, saved.id);
    expect(invitationOf((await window.db.invitations.get(saved.id))!)).toMatchObject({ status: 'sent', deliveries: 1 });
    expect((await window.db.outbox.get(operation!.seq!))?.status).toBe('discarded');
  });

  it('counts a mail that lands after the customer accepted, and keeps the invitation accepted', async () => {
    const saved = await saveInvitation(window.db, draft, 'graph');
    await window.db.invitations.update(saved.id, { status: 'accepted', acceptedAt: new Date().toISOString() });
    await window.db.transaction('rw', window.db.invitations, () => recordMailSent(window.db, saved.id, new Date()));
    expect(invitationOf((await window.db.invitations.get(saved.id))!)).toMatchObject({ status: 'accepted', deliveries: 1 });
  });

  it("holds a mail written before the partner's name was known until the sync fetched it, then sends it signed", async () => {
    await window.db.meta.delete(organizationProfileKey);
    const saved = await saveInvitation(window.db, draft, 'graph');
    expect(saved).toMatchObject({ status: 'pending', waitingForLink: true });
    expect(await window.db.outbox.count()).toBe(0);
    window.engine.start();
    await eventually(async () => (await window.db.invitations.get(saved.id))?.status === 'sent', 'sent');
    const sent = invitationOf((await window.db.invitations.get(saved.id))!);
    expect(sent).toMatchObject({ deliveries: 1, delivery: 'graph' });
    expect(sent.lastDeliveredAt).toBe(sent.sentAt);
    const mail = await control.mail();
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('Lakeside Cloud Services S.r.l. invita Fabrikam S.p.A. a una relazione di rivendita');
  });
});
