// A refusal in Partner Center's words: thrown anywhere below a route (inside a transaction, which
// then rolls back) and turned by the error handler into `{code, description, data, source}`.
import type { PartnerCenterError } from '../../shared/partner-center';

/** Partner Center's front door names itself this way in error bodies. */
export const ERROR_SOURCE = 'PartnerFD';

export class PartnerCenterFault extends Error {
  constructor(
    readonly status: number,
    readonly code: number | string,
    readonly description: string,
    readonly data: unknown[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(description);
  }

  body(): PartnerCenterError {
    return { code: this.code, description: this.description, data: this.data, source: ERROR_SOURCE };
  }
}
