// The IPC contract: every channel between renderer and main, declared once (architecture §3).
// Main registers a handler for each invoke channel, the preload a method for each; both are
// typed from these maps, so a channel without a handler or a preload method does not compile.
// Request schemas live in ./request-schemas (main only), so the preload bundle stays free of zod.
import type { ConfigSnapshot } from '../config/snapshot';
import type { SettingKey, Settings } from '../config/settings';
import type { CloudFeatures, CloudId } from '../clouds';
import type { UserCredentials } from '../partner-center';
import { partnerCenterCallNames, type PartnerCenterCall, type PartnerCenterCalls } from '../partner-center-calls';
import type { Envelope } from './envelope';

export interface AppInfo {
  name: string;
  version: string;
  cloud: CloudId;
  cloudFeatures: CloudFeatures;
  /** The operating system's locale as Chromium reports it, e.g. "it-IT". */
  osLocale: string;
  platform: 'win32' | 'darwin' | 'linux' | string;
}

export type ConnectivityState = 'online' | 'offline' | 'degraded';

export interface Connectivity {
  state: ConnectivityState;
  /** ISO time of the last check. */
  checkedAt: string;
  /** Why the state is not plain online, in English for logs; the UI has its own sentences. */
  detail?: string;
}

export type SettingChange = { [K in SettingKey]: { key: K; value: Settings[K] } }[SettingKey];

/** Partner Center, Referrals and Graph calls, made by main: `pd:pc.<call>`. */
type PartnerCenterChannels = { [K in PartnerCenterCall as `pd:pc.${K}`]: PartnerCenterCalls[K] };

/** Renderer-to-main calls: channel name → request and response. */
export interface InvokeContract extends PartnerCenterChannels {
  'pd:app.info': { request: undefined; response: AppInfo };
  'pd:config.get': { request: undefined; response: ConfigSnapshot };
  'pd:config.set': { request: SettingChange; response: ConfigSnapshot };
  'pd:connectivity.get': { request: undefined; response: Connectivity };
  'pd:connectivity.check': { request: undefined; response: Connectivity };
  'pd:shell.openExternal': { request: { url: string }; response: null };
  /** Opens a new message in the user's mail app, built by main from checked fields (never a raw URL). */
  'pd:shell.openMailDraft': { request: { to: string; subject: string; body: string }; response: null };
  /** The admin credentials Partner Center gave for a new customer, kept by main until forgotten. */
  'pd:credentials.take': { request: { customerId: string }; response: UserCredentials | null };
  'pd:credentials.forget': { request: { customerId: string }; response: null };
  /** Streams a file out: a CSV export to where the user chooses, or a database backup. */
  'pd:files.beginExport': { request: { suggestedName: string }; response: { exportId: string; fileName: string } | null };
  'pd:files.beginBackup': { request: { reason: 'before-upgrade' | 'on-demand' }; response: { exportId: string; fileName: string } };
  'pd:files.write': { request: { exportId: string; chunk: string }; response: null };
  'pd:files.finish': { request: { exportId: string }; response: { bytes: number } };
  'pd:files.abort': { request: { exportId: string }; response: null };
  'pd:files.listBackups': { request: undefined; response: BackupInfo[] };
  'pd:files.readBackup': { request: { name: string; offset: number; length: number }; response: { base64: string; done: boolean } };
}

export interface BackupInfo {
  name: string;
  createdAt: string;
  bytes: number;
}

/** Main-to-renderer events: channel name → payload. */
export interface EventContract {
  'pd:connectivity.changed': Connectivity;
  'pd:config.changed': ConfigSnapshot;
}

export type InvokeChannel = keyof InvokeContract;
export type EventChannel = keyof EventContract;
export type RequestOf<C extends InvokeChannel> = InvokeContract[C]['request'];
export type ResponseOf<C extends InvokeChannel> = InvokeContract[C]['response'];

const partnerCenterMethods = Object.fromEntries(partnerCenterCallNames.map((name) => [name, `pd:pc.${name}`])) as {
  readonly [K in PartnerCenterCall]: `pd:pc.${K}`;
};

/** The renderer's method names for each invoke channel: `window.partnerDesk.<method>`. */
export const invokeMethods = {
  ...partnerCenterMethods,
  takeCustomerCredentials: 'pd:credentials.take',
  forgetCustomerCredentials: 'pd:credentials.forget',
  beginExport: 'pd:files.beginExport',
  beginBackup: 'pd:files.beginBackup',
  writeFile: 'pd:files.write',
  finishFile: 'pd:files.finish',
  abortFile: 'pd:files.abort',
  listBackups: 'pd:files.listBackups',
  readBackup: 'pd:files.readBackup',
  getAppInfo: 'pd:app.info',
  getConfig: 'pd:config.get',
  setSetting: 'pd:config.set',
  getConnectivity: 'pd:connectivity.get',
  checkConnectivity: 'pd:connectivity.check',
  openExternal: 'pd:shell.openExternal',
  openMailDraft: 'pd:shell.openMailDraft',
} as const satisfies Record<string, InvokeChannel>;

/** The renderer's subscription names for each event channel: `window.partnerDesk.on.<name>`. */
export const eventSubscriptions = {
  connectivityChanged: 'pd:connectivity.changed',
  configChanged: 'pd:config.changed',
} as const satisfies Record<string, EventChannel>;

// Compile-time completeness: every channel has a renderer method or subscription.
type Missing<All, Covered> = Exclude<All, Covered>;
const everyInvokeChannelHasAMethod: Missing<InvokeChannel, (typeof invokeMethods)[keyof typeof invokeMethods]> extends never
  ? true
  : never = true;
const everyEventChannelHasASubscription: Missing<EventChannel, (typeof eventSubscriptions)[keyof typeof eventSubscriptions]> extends never
  ? true
  : never = true;
void everyInvokeChannelHasAMethod;
void everyEventChannelHasASubscription;


type InvokeMethods = typeof invokeMethods;
type EventSubscriptions = typeof eventSubscriptions;

/** `window.partnerDesk`, exactly as the preload exposes it. */
export type PartnerDeskApi = {
  readonly [M in keyof InvokeMethods]: RequestOf<InvokeMethods[M]> extends undefined
    ? () => Promise<Envelope<ResponseOf<InvokeMethods[M]>>>
    : (request: RequestOf<InvokeMethods[M]>) => Promise<Envelope<ResponseOf<InvokeMethods[M]>>>;
} & {
  readonly on: {
    readonly [S in keyof EventSubscriptions]: (
      listener: (payload: EventContract[EventSubscriptions[S]]) => void,
    ) => () => void;
  };
};

/** The global name the preload exposes the API under. */
export const apiGlobalName = 'partnerDesk';
