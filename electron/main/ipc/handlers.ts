// The concrete handlers of every invoke channel. Each is a thin call into the module that owns
// the work; the types make a forgotten channel a compile error.
import { app, shell } from 'electron';
import { clouds } from '../../../shared/clouds';
import type { Envelope } from '../../../shared/ipc/envelope';
import { partnerCenterCallNames } from '../../../shared/partner-center-calls';
import type { ConfigStore } from '../config/config-store';
import type { ConnectivityMonitor } from '../connectivity';
import type { OutgoingFiles } from '../files/outgoing-files';
import type { DeskCalls } from '../partner-center/desk-calls';
import type { CredentialVault } from '../secrets/credential-vault';
import { isAllowedExternalUrl, mailDraftUrl } from '../security/navigation-policy';
import { IpcRefusal, type InvokeHandlers } from './register-handlers';

export interface HandlerDeps {
  config: ConfigStore;
  connectivity: ConnectivityMonitor;
  calls: DeskCalls;
  vault: Pick<CredentialVault, 'take' | 'forget'>;
  files: OutgoingFiles;
}

/** A failed call becomes the channel's error envelope, with its kind and the server's words. */
async function orRefuse<T>(answer: Promise<Envelope<T>>): Promise<T> {
  const envelope = await answer;
  if (envelope.ok) return envelope.value;
  throw new IpcRefusal(envelope.error);
}

type PartnerCenterHandlers = Pick<InvokeHandlers, `pd:pc.${(typeof partnerCenterCallNames)[number]}`>;

function partnerCenterHandlers(calls: DeskCalls): PartnerCenterHandlers {
  const handlers: Record<string, (request: never) => Promise<unknown>> = {};
  for (const name of partnerCenterCallNames) {
    handlers[`pd:pc.${name}`] = (request: never) => orRefuse((calls[name] as (request: unknown) => Promise<Envelope<unknown>>)(request));
  }
  return handlers as unknown as PartnerCenterHandlers;
}

export function createInvokeHandlers(deps: HandlerDeps): InvokeHandlers {
  return {
    ...partnerCenterHandlers(deps.calls),
    'pd:app.info': () => {
      const cloud = deps.config.current().settings.cloud;
      return {
        name: 'Partner Desk',
        version: app.getVersion(),
        cloud,
        cloudFeatures: clouds[cloud].features,
        osLocale: app.getLocale(),
        platform: process.platform,
      };
    },
    'pd:config.get': () => deps.config.current(),
    'pd:config.set': (change) => deps.config.set(change),
    'pd:connectivity.get': () => deps.connectivity.state,
    'pd:connectivity.check': () => deps.connectivity.check(),
    'pd:shell.openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) {
        throw new IpcRefusal({ kind: 'forbidden', message: 'Partner Desk only opens Microsoft partner pages in the browser.' });
      }
      await shell.openExternal(url);
      return null;
    },
    'pd:shell.openMailDraft': async ({ to, subject, body }) => {
      await shell.openExternal(mailDraftUrl(to, subject, body));
      return null;
    },
    'pd:credentials.take': ({ customerId }) => deps.vault.take(customerId),
    'pd:credentials.forget': async ({ customerId }) => {
      await deps.vault.forget(customerId);
      return null;
    },
    'pd:files.beginExport': ({ suggestedName }) => deps.files.beginExport(suggestedName),
    'pd:files.beginBackup': ({ reason }) => deps.files.beginBackup(reason),
    'pd:files.write': async ({ exportId, chunk }) => {
      await deps.files.write(exportId, chunk);
      return null;
    },
    'pd:files.finish': ({ exportId }) => deps.files.finish(exportId),
    'pd:files.abort': async ({ exportId }) => {
      await deps.files.abort(exportId);
      return null;
    },
    'pd:files.listBackups': () => deps.files.listBackups(),
    'pd:files.readBackup': ({ name, offset, length }) => deps.files.readBackup(name, offset, length),
  };
}
