// Types for what the benchmarks reach inside the app's page. `window.partnerDeskDiagnostics` and
// `window.partnerDesk` are declared once for all page callbacks in e2e/partner-desk-global.ts;
// callbacks passed to page.evaluate are serialized and run in the page, so they may use nothing
// imported at run time, only these types.
import type { PartnerDeskDiagnostics } from '../../renderer/app/diagnostics';
import type { PartnerDeskApi } from '../../shared/ipc/contract';
import type {} from '../../e2e/partner-desk-global';

export type { PartnerDeskApi, PartnerDeskDiagnostics };
