// Lets specs call `window.partnerDesk` in page callbacks with the contract's types.
import type { PartnerDeskDiagnostics } from '../renderer/app/diagnostics';
import type { PartnerDeskApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    readonly partnerDesk?: PartnerDeskApi;
    /** Only against the emulator cloud (renderer/app/diagnostics.ts). */
    readonly partnerDeskDiagnostics?: PartnerDeskDiagnostics;
  }
}

export {};
