// The Partner Center emulator: one HTTP origin serving Partner Center v1 (`/v1/...`), Referrals
// (`/v1.0/engagements/referrals`), Graph sendMail (`/v1.0/me/sendMail`) and the control API
// (`/_emulator/...`), over a real SQLite database. It is what tests, benchmarks, demos and
// `npm start` talk to, the way Azurite stands in for Azure Storage.
import Fastify from 'fastify';
import { Clock } from './clock';
import type { EmulatorContext } from './context';
import { FaultInjector } from './faults';
import { installPipeline } from './http/pipeline';
import { CustomerReadThrottle } from './http/throttle';
import { registerAuditRecordRoutes } from './routes/audit-records';
import { registerControlRoutes, seedWorld } from './routes/control';
import { registerCountryRoutes } from './routes/country-rules';
import { registerCustomerProfileRoutes } from './routes/customer-profiles';
import { registerCustomerRoutes } from './routes/customers';
import { registerDomainRoutes } from './routes/domains';
import { registerGraphRoutes } from './routes/graph';
import { registerOrganizationProfileRoutes } from './routes/organization-profile';
import { registerPartnerRelationshipRoutes } from './routes/partner-relationships';
import { registerReferralRoutes } from './routes/referrals';
import { registerRelationshipRequestRoutes } from './routes/relationship-requests';
import { registerSubscriptionRoutes } from './routes/subscriptions';
import { installPartnerWorld, PARTNER_TENANT_ID } from './seed/partner-world';
import { EmulatorStore } from './store/emulator-store';

/** Accepted as a bearer token from the start, so demos and `npm start` need no sign-in step. */
export const DEMO_TOKEN = 'partner-desk-demo-token';

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the emulator is for this machine only. */
  host?: string;
  /** SQLite file; omitted means an in-memory database that vanishes on stop. */
  dbPath?: string;
  /** Customers to have at start: seeds only what a file database lacks (a restart adds nothing). Default 0. */
  customers?: number;
  seed?: number;
  demoToken?: string;
  /** Get-customer-by-id budget per minute. Default 500, as Partner Center documents. */
  throttlePerMinute?: number;
  logger?: boolean;
}

export interface RunningEmulator {
  /** e.g. http://127.0.0.1:4567, no trailing slash. */
  url: string;
  demoToken: string;
  stop(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const clock = new Clock();
  const store = new EmulatorStore(clock, PARTNER_TENANT_ID, options.dbPath);
  installPartnerWorld(store);
  const context: EmulatorContext = {
    store,
    clock,
    faults: new FaultInjector(),
    throttle: new CustomerReadThrottle(options.throttlePerMinute ?? 500, clock),
    demoToken: options.demoToken ?? DEMO_TOKEN,
  };
  // "--customers 500" means "have 500": rerunning the same command on the same file adds nothing.
  const missing = (options.customers ?? 0) - store.customers.count();
  if (missing > 0) seedWorld(context, missing, options.seed ?? 1);

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1_048_576, forceCloseConnections: true });
  installPipeline(app, context);
  registerCustomerRoutes(app, context);
  registerCustomerProfileRoutes(app, context);
  registerRelationshipRequestRoutes(app, context);
  registerSubscriptionRoutes(app, context);
  registerDomainRoutes(app, context);
  registerPartnerRelationshipRoutes(app, context);
  registerCountryRoutes(app, context);
  registerOrganizationProfileRoutes(app, context);
  registerAuditRecordRoutes(app, context);
  registerReferralRoutes(app, context);
  registerGraphRoutes(app, context);
  registerControlRoutes(app, context);

  const host = options.host ?? '127.0.0.1';
  await app.listen({ port: options.port ?? 0, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port ?? 0;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  let stopped = false;
  return {
    url: `http://${urlHost}:${port}`,
    demoToken: context.demoToken,
    async stop() {
      if (stopped) return;
      stopped = true;
      await app.close();
      store.close();
    },
  };
}
