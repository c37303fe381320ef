// The organization profile edited local-first and pushed by the real handler to a real emulator:
// saved with its operation at once, coalesced while not sent, sent once, refused in Partner
// Center's words, and a colleague's edit of the same field met as a conflict settled field by field.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EmulatorControl } from '../../emulator/control-client';
import { DEMO_TOKEN, startEmulator } from '../../emulator/server';
import type { OrganizationProfile } from '../../shared/partner-center';
import { organizationRecordKey } from '../../shared/sync/operations';
import { PartnerDeskDatabase } from '../data/database';
import { organizationProfileKey } from '../invitations/invitation-actions';
import { createNodePort, type Network } from '../sync/node-sync.test-support';
import { pushOperation } from '../sync/push';
import type { SyncContext } from '../sync/sync-context';
import { profileFields } from './organization-profile';
import {
  discardProfileChange,
  ProfileChangeRefused,
  readShownProfile,
  resolveProfileConflict,
  sendProfileAgain,
  updateOrganizationProfile,
} from './organization-profile-mutations';
import { operationsOfRecord } from '../data/outbox';

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let control: EmulatorControl;
let context: SyncContext;
let db: PartnerDeskDatabase;
const network: Network = { online: true };

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  control = new EmulatorControl(emulator.url);
});
afterAll(async () => emulator.stop());

const profileUrl = () => `${emulator.url}/v1/profiles/organization`;

async function partnerCenterProfile(): Promise<OrganizationProfile> {
  return (await (await fetch(profileUrl(), { headers: { authorization: `Bearer ${DEMO_TOKEN}` } })).json()) as OrganizationProfile;
}

/** A colleague changes the profile in Partner Center; its etag moves. */
async function colleagueEdits(change: (profile: OrganizationProfile) => OrganizationProfile): Promise<void> {
  const before = await partnerCenterProfile();
  const answer = await fetch(profileUrl(), {
    method: 'PUT',
    headers: { authorization: `Bearer ${DEMO_TOKEN}`, 'content-type': 'application/json', 'if-match': `"${before.attributes.etag}"` },
    body: JSON.stringify(change(before)),
  });
  expect(answer.status).toBe(200);
}

const operations = () => operationsOfRecord(db, organizationRecordKey).sortBy('seq');
const pushHead = async () => pushOperation(context, (await operations()).find((operation) => operation.status === 'queued')!);
const puts = async () => (await control.requests()).filter((request) => request.method === 'PUT' && request.path === '/v1/profiles/organization');

beforeEach(async () => {
  await control.reset();
  db = new PartnerDeskDatabase(`profile-${crypto.randomUUID()}`);
  await db.open();
  const { port } = createNodePort(emulator.url, network);
  context = { db, port, now: () => Date.now(), random: () => 0.5, log: () => undefined };
  await db.meta.put({ key: organizationProfileKey, value: await partnerCenterProfile() });
});

describe('the organization profile edited local-first', () => {
  it('shows the edit at once as pending, keeps later edits as one change, and reaches Partner Center once', async () => {
    const server = await partnerCenterProfile();
    const fields = profileFields(server);
    expect(await updateOrganizationProfile(db, { ...fields, email: 'hello@lakeside.example' })).toBe(true);
    expect(await updateOrganizationProfile(db, { ...fields, email: 'hello@lakeside.example', companyName: 'Lakeside Cloud S.r.l.' })).toBe(true);
    const { shown } = await readShownProfile(db);
    expect(shown).toMatchObject({ state: 'pending', fields: { email: 'hello@lakeside.example', companyName: 'Lakeside Cloud S.r.l.' } });
    expect(await operations()).toHaveLength(1);

    expect(await pushHead()).toBe('acknowledged');
    expect(await partnerCenterProfile()).toMatchObject({ email: 'hello@lakeside.example', companyName: 'Lakeside Cloud S.r.l.' });
    expect(await puts()).toHaveLength(1);
    const after = await readShownProfile(db);
    expect(after.shown).toMatchObject({ state: 'synced', fields: { email: 'hello@lakeside.example' } });
  });

  it('saves nothing when nothing changed, and refuses before the profile was ever fetched', async () => {
    const server = await partnerCenterProfile();
    expect(await updateOrganizationProfile(db, profileFields(server))).toBe(false);
    expect(await operations()).toHaveLength(0);
    await db.meta.delete(organizationProfileKey);
    await expect(updateOrganizationProfile(db, profileFields(server))).rejects.toBeInstanceOf(ProfileChangeRefused);
  });

  it('shows a refusal in Partner Center’s words; corrected, it goes again with a new request id', async () => {
    const fields = profileFields(await partnerCenterProfile());
    await updateOrganizationProfile(db, { ...fields, defaultAddress: { ...fields.defaultAddress, postalCode: 'ABCDE' } });
    expect(await pushHead()).toBe('rejected');
    const refused = await readShownProfile(db);
    expect(refused.shown?.state).toBe('rejected');
    expect(refused.shown?.operation?.lastError?.message).toMatch(/PostalCode/);

    await updateOrganizationProfile(db, { ...fields, defaultAddress: { ...fields.defaultAddress, postalCode: '20121' } });
    const [operation] = await operations();
    expect(operation!.status).toBe('queued');
    expect(operation!.requestIds).toHaveLength(2);
    expect(await pushHead()).toBe('acknowledged');
    expect((await partnerCenterProfile()).defaultAddress.postalCode).toBe('20121');
  });

  it('discarding a refused change puts back what Partner Center holds', async () => {
    const server = await partnerCenterProfile();
    const fields = profileFields(server);
    await updateOrganizationProfile(db, { ...fields, defaultAddress: { ...fields.defaultAddress, postalCode: 'ABCDE' } });
    await pushHead();
    const [operation] = await operations();
    await discardProfileChange(db, operation!.id);
    const { shown } = await readShownProfile(db);
    expect(shown).toMatchObject({ state: 'synced', fields: { defaultAddress: { postalCode: server.defaultAddress.postalCode } } });
    await expect(discardProfileChange(db, operation!.id)).rejects.toBeInstanceOf(ProfileChangeRefused);
  });

  it('meets a colleague’s edit of the same field as a conflict, merges the rest, and sends the chosen values', async () => {
    const fields = profileFields(await partnerCenterProfile());
    await updateOrganizationProfile(db, { ...fields, companyName: 'Mine S.r.l.', email: 'mine@lakeside.example' });
    await colleagueEdits((profile) => ({ ...profile, companyName: 'Theirs S.r.l.', language: 'en' }));

    expect(await pushHead()).toBe('conflict');
    const { shown, conflict } = await readShownProfile(db);
    expect(shown?.state).toBe('conflict');
    expect(conflict?.fields).toEqual([{ field: 'companyName', base: fields.companyName, mine: 'Mine S.r.l.', theirs: 'Theirs S.r.l.' }]);
    await expect(updateOrganizationProfile(db, fields)).rejects.toMatchObject({ reason: 'conflictWaiting' });

    await resolveProfileConflict(db, shown!.operation!.id, { companyName: { keep: 'merged', value: 'Mine and Theirs S.r.l.' } });
    expect((await readShownProfile(db)).shown).toMatchObject({ state: 'pending', fields: { companyName: 'Mine and Theirs S.r.l.', language: 'en' } });
    expect(await pushHead()).toBe('acknowledged');
    expect(await partnerCenterProfile()).toMatchObject({ companyName: 'Mine and Theirs S.r.l.', email: 'mine@lakeside.example', language: 'en' });
  });

  it('sends a conflicting change again as it is, merged over the latest profile', async () => {
    const fields = profileFields(await partnerCenterProfile());
    await updateOrganizationProfile(db, { ...fields, email: 'mine@lakeside.example' });
    await colleagueEdits((profile) => ({ ...profile, email: 'theirs@lakeside.example' }));
    expect(await pushHead()).toBe('conflict');
    const [operation] = await operations();
    await sendProfileAgain(db, operation!.id);
    // The base is still the old one: the same field conflicts again, never silently overwritten.
    expect(await pushHead()).toBe('conflict');
    expect((await partnerCenterProfile()).email).toBe('theirs@lakeside.example');
  });
});
