// The world the sync simulation (sync-simulation.test.ts) plays in: one computer with 1-3 Partner
// Desk windows on the same IndexedDB, a main process per boot with its own Partner Center client,
// a network cable, "another user" working in the portal, and crashes that drop every bit of
// in-memory state while IndexedDB survives. It also writes down what the user and the other user
// did (the facts), because the outbox alone cannot say what the user meant, and the invariants
// are judged against intent, not against the engine's own bookkeeping.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { EmulatorControlError, type BillingChange, type EmulatorControl, type FaultRule } from '../../emulator/control-client';
import type { Envelope } from '../../shared/ipc/envelope';
import { partnerCenterCallNames, type PartnerCenterPort } from '../../shared/partner-center-calls';
import type { NewCustomer } from '../../shared/partner-center';
import { CustomerChangeRefused, createCustomer, removeRelationship, updateBillingProfile } from '../customers/customer-mutations';
import type { BillingProfileFields, CustomerRecord } from '../data/records';
import type { LeaderLock } from './leader-lock';
import { createLocalLeaderLock } from './leader-lock';
import { createIndexedDbMachine, createNodePort, openWindow, type Network, type NodeWindow } from './node-sync.test-support';
import { metaKeys, type ListPass } from './pull';
import { defaultEngineOptions } from './sync-engine';

// ---------------------------------------------------------------------------------------------
// Commands: plain data, so a failing case prints as a readable list that can be pasted back.

/** Billing fields the user and the other user edit (the country cannot change; names follow the address). */
export const billingFields = ['email', 'companyName', 'defaultAddress.city', 'defaultAddress.addressLine1'] as const;
export type BillingField = (typeof billingFields)[number];
export type Among = 'touched' | 'any';

export type SimCommand =
  /** `new`: a fresh domain. `duplicate-local`: a domain already in the list, refused at once.
   *  `invalid-domain`: Partner Center refuses it (400), the operation must park as rejected.
   *  `taken-on-server`: a seeded domain the list may not know yet: refused locally or a conflict. */
  | { do: 'create-customer'; window: number; variant: 'new' | 'duplicate-local' | 'invalid-domain' | 'taken-on-server'; pick: number }
  /** `among: 'touched'` picks a customer someone already created or edited in this run, so edits meet. */
  | { do: 'edit-billing'; window: number; among: Among; pick: number; fields: BillingField[] }
  | { do: 'remove-relationship'; window: number; among: Among; pick: number }
  | { do: 'another-user-edits-billing'; among: Among; pick: number; field: BillingField; sameValueAsMine: boolean }
  | { do: 'another-user-renames'; among: Among; pick: number }
  /** `tell`: main's connectivity signal reaches the windows; without it the engines find out by failing. */
  | { do: 'network'; online: boolean; tell: boolean }
  | { do: 'faults'; seed: number; rules: FaultRule[] }
  | { do: 'clear-faults' }
  | { do: 'wait'; ms: number }
  /** Everything in memory is gone at once; the windows reopen on the next command. */
  | { do: 'crash' }
  /** Crash right after the engine's `calls`-th Partner Center answer arrives, before it is written down. */
  | { do: 'crash-after-calls'; calls: number }
  | { do: 'close-window'; window: number }
  | { do: 'open-window' }
  | { do: 'sync-now'; reconcile: boolean };

export interface SimSetup {
  /** Customers seeded on the emulator; 480-520 puts new customers near a page boundary. */
  customers: number;
  seed: number;
  windows: number;
  /** The first sync finishes (without faults) before the user starts working. */
  firstSyncFirst: boolean;
  /** Faults from the first step on (after the first sync when that comes first). */
  faults: { seed: number; rules: FaultRule[] } | null;
}

const faultRule: fc.Arbitrary<FaultRule> = fc.oneof(
  fc.record({ kind: fc.constant('status' as const), status: fc.constantFrom(500, 502, 503), rate: fc.double({ min: 0.05, max: 0.3, noNaN: true }) }),
  fc.record({ kind: fc.constant('status' as const), status: fc.constant(503), retryAfterSeconds: fc.constantFrom(0, 1), rate: fc.double({ min: 0.05, max: 0.2, noNaN: true }), times: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('throttle' as const), retryAfterSeconds: fc.constantFrom(0, 0, 1), rate: fc.double({ min: 0.05, max: 0.2, noNaN: true }), times: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('drop-before' as const), rate: fc.double({ min: 0.05, max: 0.3, noNaN: true }) }),
  fc.record({ kind: fc.constant('drop-after' as const), rate: fc.double({ min: 0.05, max: 0.3, noNaN: true }) }),
  fc.record({ kind: fc.constant('latency' as const), latencyMs: fc.integer({ min: 5, max: 150 }), rate: fc.double({ min: 0.1, max: 0.5, noNaN: true }) }),
);

/** A rule sometimes aimed at writes only, where the ambiguous cases (drop after commit) matter most. */
const scopedFaultRule: fc.Arbitrary<FaultRule> = fc
  .tuple(faultRule, fc.constantFrom(undefined, undefined, 'POST', 'PUT', 'PATCH', 'GET'))
  .map(([rule, method]) => (method ? { ...rule, method } : rule));

const faultPlan = fc.record({ seed: fc.nat({ max: 1_000_000 }), rules: fc.array(scopedFaultRule, { minLength: 1, maxLength: 3 }) });

const window = fc.nat({ max: 2 });
const pick = fc.nat({ max: 10_000 });
const among = fc.constantFrom<Among>('touched', 'touched', 'any');

export const simCommand: fc.Arbitrary<SimCommand> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ do: fc.constant('create-customer' as const), window, variant: fc.constantFrom('new' as const, 'new' as const, 'new' as const, 'duplicate-local' as const, 'invalid-domain' as const, 'taken-on-server' as const), pick }) },
  { weight: 6, arbitrary: fc.record({ do: fc.constant('edit-billing' as const), window, among, pick, fields: fc.uniqueArray(fc.constantFrom(...billingFields), { minLength: 1, maxLength: 2 }) }) },
  { weight: 3, arbitrary: fc.record({ do: fc.constant('remove-relationship' as const), window, among, pick }) },
  { weight: 3, arbitrary: fc.record({ do: fc.constant('another-user-edits-billing' as const), among, pick, field: fc.constantFrom(...billingFields), sameValueAsMine: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('another-user-renames' as const), among, pick }) },
  { weight: 3, arbitrary: fc.record({ do: fc.constant('network' as const), online: fc.boolean(), tell: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }) }) },
  { weight: 2, arbitrary: faultPlan.map((plan) => ({ do: 'faults' as const, ...plan })) },
  { weight: 1, arbitrary: fc.constant({ do: 'clear-faults' as const }) },
  { weight: 6, arbitrary: fc.record({ do: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 150 }) }) },
  { weight: 2, arbitrary: fc.constant({ do: 'crash' as const }) },
  { weight: 2, arbitrary: fc.record({ do: fc.constant('crash-after-calls' as const), calls: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('close-window' as const), window }) },
  { weight: 1, arbitrary: fc.constant({ do: 'open-window' as const }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('sync-now' as const), reconcile: fc.boolean() }) },
);


export const simSetup: fc.Arbitrary<SimSetup> = fc.record({
  customers: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 30, max: 60 }) }, { weight: 1, arbitrary: fc.integer({ min: 480, max: 520 }) }),
  seed: fc.nat({ max: 100_000 }),
  windows: fc.integer({ min: 1, max: 3 }),
  firstSyncFirst: fc.boolean(),
  faults: fc.option(faultPlan, { freq: 3 }),
});

// ---------------------------------------------------------------------------------------------
// Facts: what people did, by customer domain (stable across the local-to-tenant id change).

export interface FieldWrite {
  step: number;
  /** The id the writer saw: a `local:` id for a customer not yet created, else the tenant id. */
  customerId: string;
  domain: string;
  field: BillingField;
  value: string;
  by: 'user' | 'another-user';
}

export interface CreateFact {
  step: number;
  domain: string;
  /** What Partner Center must end up saying about it. */
  expect: 'acknowledged' | 'rejected' | 'conflict';
}

export interface Facts {
  seeded: { id: string; domain: string }[];
  creates: CreateFact[];
  writes: FieldWrite[];
  removes: { step: number; customerId: string; domain: string }[];
  /** Every outbox operation id ever seen: none may vanish. */
  seenOperations: Set<string>;
}

// ---------------------------------------------------------------------------------------------
// The simulated computer.

interface Boot {
  lock: LeaderLock;
  /** The main process's Partner Center client, shared by every window of this boot. */
  port: PartnerCenterPort;
  alive: boolean;
  /** Partner Center answers the engines received in this boot (for crash-after-calls). */
  calls: number;
}

interface SimWindow {
  node: NodeWindow;
  /** False once the window is closed or crashed: its leftover code can send nothing more. */
  alive: boolean;
}

const gone: Envelope<never> = { ok: false, error: { kind: 'offline', message: 'This window is gone.' } };

export function newCustomerBody(prefix: string): NewCustomer {
  return {
    companyProfile: { domain: prefix },
    billingProfile: {
      email: `admin@${prefix}.example`,
      culture: 'it-IT',
      language: 'it',
      companyName: `${prefix} S.r.l.`,
      defaultAddress: { firstName: 'Giulia', lastName: 'Bianchi', addressLine1: 'Via Roma 1', city: 'Milano', state: 'MI', postalCode: '20121', country: 'IT' },
    },
  };
}

/** Sets one dotted billing field on a copy of the profile. */
export function withField(fields: BillingProfileFields, field: BillingField, value: string): BillingProfileFields {
  if (field === 'defaultAddress.city') return { ...fields, defaultAddress: { ...fields.defaultAddress, city: value } };
  if (field === 'defaultAddress.addressLine1') return { ...fields, defaultAddress: { ...fields.defaultAddress, addressLine1: value } };
  return { ...fields, [field]: value };
}

export class SimulatedOffice {
  private readonly onTheWire = new Set<Promise<unknown>>();
  readonly network: Network = { online: true };
  readonly facts: Facts;
  readonly machine = createIndexedDbMachine();
  readonly log: string[] = [];
  step = 0;
  private told: 'online' | 'offline' = 'online';
  private boot!: Boot;
  /** The user's own calls (opening a profile) go through main too, but never trigger crashes. */
  private userPort!: PartnerCenterPort;
  private windows: SimWindow[] = [];
  private windowCount: number;
  private crashed = false;
  private crashAfterCalls: number | null = null;
  private userActive = false;
  private userDone: Promise<void> = Promise.resolve();
  private counter = 0;
  private windowsOpened = 0;

  constructor(
    private readonly emulatorUrl: string,
    private readonly control: EmulatorControl,
    setup: SimSetup,
    seeded: { id: string; domain: string }[],
    private readonly verbose = false,
  ) {
    this.windowCount = setup.windows;
    this.facts = { seeded, creates: [], writes: [], removes: [], seenOperations: new Set() };
  }

  note(line: string): void {
    const stamped = `[step ${this.step}] ${line}`;
    if (this.verbose) console.log(stamped);
    this.log.push(stamped);
    if (this.log.length > 400) this.log.splice(0, this.log.length - 400);
  }

  /** Boots the computer: a fresh main process and the windows, as after a restart. */
  async start(): Promise<void> {
    this.boot = { lock: createLocalLeaderLock(), port: createNodePort(this.emulatorUrl, this.network, { timeoutMs: 3_000 }).port, alive: true, calls: 0 };
    this.userPort = createNodePort(this.emulatorUrl, this.network, { timeoutMs: 3_000 }).port;
    this.crashed = false;
    for (let index = 0; index < this.windowCount; index++) await this.openSimWindow();
  }

  get anyDb() {
    const first = this.windows[0];
    if (!first) throw new Error('no window is open');
    return first.node.db;
  }

  /** The engine's port for one window: dead once the window or the boot is gone; counts answers for crash-after-calls. */
  private guardedPort(boot: Boot, simWindow: () => SimWindow | undefined): PartnerCenterPort {
    const guarded: Record<string, (request: never) => Promise<Envelope<unknown>>> = {};
    for (const name of partnerCenterCallNames) {
      guarded[name] = async (request: never) => {
        if (!boot.alive || !simWindow()?.alive) return gone;
        const call = (boot.port[name] as (request: never) => Promise<Envelope<unknown>>)(request);
        this.onTheWire.add(call);
        void call.finally(() => this.onTheWire.delete(call)).catch(() => undefined);
        const answer = await call;
        boot.calls += 1;
        if (boot.alive && this.crashAfterCalls !== null && boot.calls >= this.crashAfterCalls) {
          this.crashAfterCalls = null;
          // Crash between two user actions, so every user action either happened or did not.
          while (this.userActive) await this.userDone;
          if (boot.alive) this.crash(`after answer ${boot.calls} (${name} → ${answer.ok ? 'ok' : answer.error.kind})`);
        }
        return answer;
      };
    }
    return guarded as unknown as PartnerCenterPort;
  }

  /**
   * Opens a window and its database before its engine starts. Dexie 4.4's close() during an open
   * that is still under way leaves the connection open and writable, so a crash at that moment
   * would let a dead window keep writing; the crash therefore waits for the open (asUser).
   */
  private async openSimWindow(): Promise<void> {
    await this.asUser(() => this.openSimWindowNow());
  }

  private async openSimWindowNow(): Promise<void> {
    const boot = this.boot;
    const label = `window ${++this.windowsOpened}`;
    const opened: { window?: SimWindow } = {};
    const node = openWindow(this.machine, this.guardedPort(boot, () => opened.window), boot.lock, {
      // Short waits: full jitter over a fiftieth of the real ceilings keeps runs fast.
      random: () => Math.random() * 0.02,
      log: (line) => this.note(`${label}: ${line}`),
      // As many in flight as the app sends, so settling several answers in one transaction is
      // what the simulation exercises.
      parallel: defaultEngineOptions.parallel,
      pullEveryMs: 60_000,
    });
    await node.db.open();
    const simWindow: SimWindow = { node, alive: true };
    opened.window = simWindow;
    this.windows.push(simWindow);
    node.engine.setConnectivity(this.told);
    node.engine.start();
  }

  /**
   * Waits until no request any window sent (closed and crashed ones included) is still on its way.
   * One held up by injected latency would otherwise land after the next run's reset and count
   * there as a change no operation made.
   */
  async wireQuiet(): Promise<void> {
    while (this.onTheWire.size > 0) await Promise.allSettled([...this.onTheWire]);
  }

  private async closeSimWindow(simWindow: SimWindow): Promise<void> {
    simWindow.alive = false;
    this.windows = this.windows.filter((other) => other !== simWindow);
    await simWindow.node.close();
  }

  /** The power goes: engines stop mid-step, databases close, in-flight requests finish unheard. */
  crash(why: string): void {
    this.note(`CRASH ${why}`);
    this.boot.alive = false;
    this.windowCount = this.windows.length;
    for (const simWindow of this.windows) {
      simWindow.alive = false;
      void simWindow.node.engine.stop();
      simWindow.node.db.close();
    }
    this.windows = [];
    this.crashed = true;
  }

  /** Runs something the user (or the test, reading like the user's screen) does in a window. */
  private async asUser<T>(action: () => Promise<T>): Promise<T> {
    this.userActive = true;
    const done = action();
    this.userDone = done.then(
      () => undefined,
      () => undefined,
    );
    try {
      return await done;
    } finally {
      this.userActive = false;
    }
  }

  private windowAt(index: number): SimWindow {
    const simWindow = this.windows[index % this.windows.length];
    if (!simWindow) throw new Error('no window is open');
    return simWindow;
  }

  private next(): number {
    this.counter += 1;
    return this.counter;
  }

  /** Narrows candidates to customers already created or edited in this run, when asked and when there are any. */
  private narrow<T extends { domain: string }>(candidates: T[], choice: Among): T[] {
    if (choice === 'any') return candidates;
    const touched = new Set([...this.facts.writes.map((write) => write.domain), ...this.facts.creates.map((create) => create.domain)]);
    const narrowed = candidates.filter((candidate) => touched.has(candidate.domain));
    return narrowed.length > 0 ? narrowed : candidates;
  }

  private async localCustomers(simWindow: SimWindow, filter: (customer: CustomerRecord) => boolean): Promise<CustomerRecord[]> {
    const all = await simWindow.node.db.customers.toArray();
    return all.filter(filter).sort((a, b) => a.domain.localeCompare(b.domain) || a.id.localeCompare(b.id));
  }

  /** Customers Partner Center knows, for the other user: the seed plus those we saw created. */
  private async serverCustomers(): Promise<{ id: string; domain: string }[]> {
    const known = new Map(this.facts.seeded.map((customer) => [customer.id, customer.domain]));
    if (this.windows.length > 0) {
      const local = await this.asUser(() => this.anyDb.customers.toArray());
      for (const customer of local) if (!customer.id.startsWith('local:')) known.set(customer.id, customer.domain);
    }
    return [...known].map(([id, domain]) => ({ id, domain })).sort((a, b) => a.domain.localeCompare(b.domain));
  }

  async run(command: SimCommand): Promise<void> {
    this.step += 1;
    if (this.crashed) await this.reboot();
    this.note(`> ${JSON.stringify(command)}`);
    switch (command.do) {
      case 'create-customer':
        await this.asUser(() => this.createCustomer(command));
        break;
      case 'edit-billing':
        await this.asUser(() => this.editBilling(command));
        break;
      case 'remove-relationship':
        await this.asUser(() => this.removeRelationship(command));
        break;
      case 'another-user-edits-billing':
      case 'another-user-renames':
        await this.anotherUser(command);
        break;
      case 'network':
        this.network.online = command.online;
        if (command.tell) {
          this.told = command.online ? 'online' : 'offline';
          for (const simWindow of this.windows) simWindow.node.engine.setConnectivity(this.told);
        }
        break;
      case 'faults':
        await this.control.setFaults({ seed: command.seed, rules: command.rules });
        break;
      case 'clear-faults':
        await this.control.clearFaults();
        break;
      case 'wait':
        await new Promise((resolve) => setTimeout(resolve, command.ms));
        break;
      case 'crash':
        this.crash('now');
        break;
      case 'crash-after-calls':
        this.crashAfterCalls = this.boot.calls + command.calls;
        break;
      case 'close-window':
        if (this.windows.length > 1) await this.closeSimWindow(this.windowAt(command.window));
        break;
      case 'open-window':
        if (this.windows.length < 3) await this.openSimWindow();
        break;
      case 'sync-now':
        for (const simWindow of this.windows) simWindow.node.engine.requestPull({ reconcile: command.reconcile });
        break;
    }
    if (!this.crashed) await this.asUser(() => this.recordOperations());
  }

  private async recordOperations(): Promise<void> {
    for (const operation of await this.anyDb.outbox.toArray()) this.facts.seenOperations.add(operation.id);
  }

  private async createCustomer(command: Extract<SimCommand, { do: 'create-customer' }>): Promise<void> {
    const simWindow = this.windowAt(command.window);
    const db = simWindow.node.db;
    let prefix: string;
    let expect: CreateFact['expect'] | 'refused-locally';
    if (command.variant === 'new') {
      prefix = `zq${this.next()}sim`;
      expect = 'acknowledged';
    } else if (command.variant === 'invalid-domain') {
      prefix = `zq-${this.next()}-sim`;
      expect = 'rejected';
    } else {
      const pool =
        command.variant === 'duplicate-local'
          ? (await this.localCustomers(simWindow, () => true)).map((customer) => customer.domain)
          : this.facts.seeded.map((customer) => customer.domain);
      const domain = pool[command.pick % Math.max(pool.length, 1)];
      if (!domain) return this.note('no customer to duplicate');
      prefix = domain.replace(/\.onmicrosoft\.com$/, '');
      // A seeded domain the list already holds is refused here; one it does not hold yet can only be refused by Partner Center.
      const known = (await db.customers.where('domainKey').equals(domain.toLowerCase()).count()) > 0;
      expect = known ? 'refused-locally' : 'conflict';
    }
    try {
      const record = await createCustomer(db, newCustomerBody(prefix));
      if (expect === 'refused-locally') throw new Error(`creating a second customer with the domain ${record.domain} was accepted locally`);
      this.facts.creates.push({ step: this.step, domain: record.domain, expect });
      this.note(`created ${record.id} ${record.domain} (expect ${expect})`);
    } catch (error) {
      if (error instanceof CustomerChangeRefused && error.reason === 'domain-exists' && expect !== 'acknowledged' && expect !== 'rejected') {
        this.note(`refused locally: ${error.message}`);
        return;
      }
      throw error;
    }
  }

  private async editBilling(command: Extract<SimCommand, { do: 'edit-billing' }>): Promise<void> {
    const simWindow = this.windowAt(command.window);
    const db = simWindow.node.db;
    const candidates = this.narrow(await this.localCustomers(simWindow, (customer) => customer.relationship !== 'none'), command.among);
    const customer = candidates[command.pick % Math.max(candidates.length, 1)];
    if (!customer) return this.note('no customer to edit');
    let profile = await db.billingProfiles.get(customer.id);
    if (!profile) {
      // The user opens the customer's billing profile: it is read from Partner Center and kept.
      const fresh = await this.userPort.getBillingProfile({ customerId: customer.id });
      if (!fresh.ok) return this.note(`could not open the billing profile of ${customer.domain}: ${fresh.error.kind}`);
      const { attributes: _attributes, ...fields } = fresh.value;
      profile = { customerId: customer.id, server: fresh.value, current: fields };
      if (!(await db.customers.get(customer.id)) || (await db.billingProfiles.get(customer.id))) return this.note('the customer changed while opening');
      await db.billingProfiles.put(profile);
    }
    let next = profile.current;
    const writes: FieldWrite[] = [];
    for (const field of command.fields) {
      const n = this.next();
      const value = field === 'email' ? `mine${n}@example.com` : field === 'companyName' ? `Mine ${n} S.p.A.` : field === 'defaultAddress.city' ? `Mine City ${n}` : `Via Mia ${n}`;
      next = withField(next, field, value);
      writes.push({ step: this.step, customerId: customer.id, domain: customer.domain, field, value, by: 'user' });
    }
    try {
      await updateBillingProfile(db, customer.id, next);
    } catch (error) {
      // The customer got its tenant id between reading and saving: the screen would follow it.
      if (error instanceof CustomerChangeRefused && (error.reason === 'not-found' || error.reason === 'creation-pending')) return this.note(`edit refused: ${error.message}`);
      throw error;
    }
    this.facts.writes.push(...writes);
    this.note(`edited billing of ${customer.id} ${customer.domain}: ${writes.map((write) => `${write.field}=${write.value}`).join(', ')}`);
  }

  private async removeRelationship(command: Extract<SimCommand, { do: 'remove-relationship' }>): Promise<void> {
    const simWindow = this.windowAt(command.window);
    const candidates = this.narrow(await this.localCustomers(simWindow, (customer) => customer.relationship !== 'none'), command.among);
    const customer = candidates[command.pick % Math.max(candidates.length, 1)];
    if (!customer) return this.note('no customer to remove');
    try {
      await removeRelationship(simWindow.node.db, customer.id);
    } catch (error) {
      // Also refused: a second removal while Partner Center's refusal of the first waits for the user.
      if (error instanceof CustomerChangeRefused && (error.reason === 'not-found' || error.reason === 'removal-refused-waiting' || error.reason === 'creation-pending')) return this.note(`removal refused: ${error.message}`);
      throw error;
    }
    this.facts.removes.push({ step: this.step, customerId: customer.id, domain: customer.domain });
    this.note(`removing relationship with ${customer.id} ${customer.domain}`);
  }

  private async anotherUser(command: Extract<SimCommand, { do: 'another-user-edits-billing' | 'another-user-renames' }>): Promise<void> {
    const candidates = this.narrow(await this.serverCustomers(), command.among);
    const target = candidates[command.pick % Math.max(candidates.length, 1)];
    if (!target) return;
    const n = this.next();
    let field: BillingField = 'companyName';
    let value = `Theirs ${n} GmbH`;
    try {
      if (command.do === 'another-user-renames') {
        await this.control.rename(target.id, value);
      } else {
        field = command.field;
        const mine = command.sameValueAsMine ? this.facts.writes.filter((write) => write.by === 'user' && write.domain === target.domain && write.field === field).at(-1) : undefined;
        value = mine?.value ?? (field === 'email' ? `theirs${n}@example.org` : field === 'companyName' ? value : field === 'defaultAddress.city' ? `Their City ${n}` : `Their Street ${n}`);
        const change: BillingChange = field.startsWith('defaultAddress.') ? { defaultAddress: { [field.slice('defaultAddress.'.length)]: value } } : { [field]: value };
        await this.control.changeBilling(target.id, change);
      }
    } catch (error) {
      // The relationship already ended: the portal would not show the customer either.
      if (error instanceof EmulatorControlError && error.status === 403) return this.note(`another user cannot edit ${target.domain}: ended`);
      throw error;
    }
    this.facts.writes.push({ step: this.step, customerId: target.id, domain: target.domain, field, value, by: 'another-user' });
    this.note(`another user set ${field}=${value} on ${target.id} ${target.domain}`);
  }

  /** After a crash: a new main process, the same windows, the same IndexedDB. */
  private async reboot(): Promise<void> {
    await this.checkPassCursor('after the crash');
    await this.start();
    this.note(`rebooted with ${this.windows.length} window(s)`);
  }

  /**
   * Invariant 5, at the moment it can break: a saved list pass claims `applied` customers;
   * exactly that many must carry the pass's mark, or the cursor ran ahead of the data.
   */
  async checkPassCursor(when: string): Promise<void> {
    const db = this.machine.open();
    try {
      const pass = (await db.meta.get(metaKeys.pass))?.value as ListPass | undefined;
      if (!pass) return;
      const marked = await db.customers.filter((customer) => customer.seenInPass === pass.id).count();
      if (marked !== pass.applied) throw new Error(`${when}: the saved list pass says ${pass.applied} customers were applied, but ${marked} carry its mark`);
      this.note(`${when}: a ${pass.kind} list pass is under way, ${pass.applied} customers applied`);
    } finally {
      db.close();
    }
  }

  /** Quiescence: the cable back in, no faults, everything the engine can send has been settled. */
  async quiesce(timeoutMs: number): Promise<void> {
    this.crashAfterCalls = null;
    if (this.crashed) await this.reboot();
    if (this.windows.length === 0) await this.openSimWindow();
    await this.control.clearFaults();
    this.network.online = true;
    this.told = 'online';
    for (const simWindow of this.windows) simWindow.node.engine.setConnectivity('online');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const unsettled = await this.unsettledOperations();
      if (unsettled.length === 0) break;
      if (Date.now() > deadline) {
        throw new Error(`no quiescence after ${timeoutMs} ms; still waiting: ${JSON.stringify(unsettled.map(({ payload, status, attempts, notBefore, lastError, recordKey }) => ({ kind: payload.kind, recordKey, status, attempts, dueIn: notBefore - Date.now(), lastError })))}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await this.recordOperations();
    this.note('quiescent');
  }

  /** Operations the engine should still send: waiting or in flight, not stuck behind one that needs the user. */
  private async unsettledOperations() {
    const open = await this.anyDb.outbox.orderBy('seq').filter((operation) => operation.status !== 'acknowledged' && operation.status !== 'discarded').toArray();
    const headOf = new Map<string, (typeof open)[number]>();
    for (const operation of open) if (!headOf.has(operation.recordKey)) headOf.set(operation.recordKey, operation);
    return open.filter((operation) => {
      if (operation.status !== 'queued' && operation.status !== 'in-flight') return false;
      const head = headOf.get(operation.recordKey);
      return !(head && (head.status === 'rejected' || head.status === 'conflict'));
    });
  }

  /** Every window closes; what remains is IndexedDB and the emulator. */
  async shutDown(): Promise<void> {
    this.crashAfterCalls = null;
    for (const simWindow of [...this.windows]) await this.closeSimWindow(simWindow);
    this.boot.alive = false;
  }
}
