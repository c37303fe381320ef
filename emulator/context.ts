// What every route needs: the state, the clock, the fault plan, the throttle and the token rules.
import type { Clock } from './clock';
import type { FaultInjector } from './faults';
import type { CustomerReadThrottle } from './http/throttle';
import type { EmulatorStore } from './store/emulator-store';

export interface EmulatorContext {
  store: EmulatorStore;
  clock: Clock;
  faults: FaultInjector;
  throttle: CustomerReadThrottle;
  demoToken: string;
}
