// Injected faults: the network and server failures the sync engine must survive, made repeatable.
// Each rule is scoped by method and path glob and fires with probability `rate`, drawn from a PRNG
// seeded by the test, one draw per matching rule per request in arrival order, so the same request
// sequence always meets the same faults.
import { z } from 'zod';
import { SeededRandom } from './seed/prng';

export const FAULT_KINDS = ['status', 'latency', 'throttle', 'drop-before', 'drop-after'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const faultRuleSchema = z.object({
  method: z.string().optional(),
  /** Glob on the URL path: `*` within one segment, `**` across segments. */
  path: z.string().optional(),
  rate: z.number().min(0).max(1),
  kind: z.enum(FAULT_KINDS),
  status: z.number().int().min(400).max(599).optional(),
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
  /** Fire at most this many times, then stay quiet (e.g. "drop the next create once"). */
  times: z.number().int().min(1).optional(),
});
export type FaultRule = z.infer<typeof faultRuleSchema>;

export const faultPlanSchema = z.object({
  seed: z.number().int().default(1),
  rules: z.array(faultRuleSchema),
});
export type FaultPlan = z.input<typeof faultPlanSchema>;

export interface FaultDecision {
  latencyMs: number;
  /** The rule that ends the request (status, throttle, drop-before) or marks it (drop-after). */
  terminal: FaultRule | null;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob
    .split('**')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
    .join('.*');
  return new RegExp(`^${escaped}$`, 'i');
}

interface ActiveRule {
  rule: FaultRule;
  path: RegExp | null;
  fired: number;
}

export class FaultInjector {
  private rules: ActiveRule[] = [];
  private random = new SeededRandom(1);

  set(plan: z.output<typeof faultPlanSchema>): void {
    this.random = new SeededRandom(plan.seed);
    this.rules = plan.rules.map((rule) => ({ rule, path: rule.path ? globToRegExp(rule.path) : null, fired: 0 }));
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map((active) => active.rule);
  }

  decide(method: string, path: string): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0, terminal: null };
    for (const active of this.rules) {
      const { rule } = active;
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (active.path && !active.path.test(path)) continue;
      if (rule.times !== undefined && active.fired >= rule.times) continue;
      if (this.random.next() >= rule.rate) continue;
      if (rule.kind === 'latency') {
        active.fired += 1;
        decision.latencyMs += rule.latencyMs ?? 1000;
      } else if (!decision.terminal) {
        active.fired += 1;
        decision.terminal = rule;
      }
    }
    return decision;
  }
}
