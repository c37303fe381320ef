// Lets specs call `window.partnerDesk` in page callbacks with the contract's types.
import type { PartnerDeskApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    readonly partnerDesk?: PartnerDeskApi;
  }
}

export {};
