import { describe, expect, it } from 'vitest';
import type { Connectivity } from '../../shared/ipc/contract';
import { ConnectivityMonitor } from './connectivity';

function monitor(initialOnline: boolean, probe: () => Promise<void>) {
  const network = { online: initialOnline };
  const changes: Connectivity['state'][] = [];
  const subject = new ConnectivityMonitor({ isOnline: () => network.online, probe, onChange: (next) => changes.push(next.state) });
  return { subject, network, changes };
}

describe('ConnectivityMonitor', () => {
  it('is offline without a network, without probing', async () => {
    let probes = 0;
    const { subject } = monitor(false, async () => void probes++);
    expect((await subject.check()).state).toBe('offline');
    expect(probes).toBe(0);
  });

  it('is online when the API answers anything and degraded when it does not', async () => {
    let answer = true;
    const { subject, changes } = monitor(true, async () => {
      if (!answer) throw new Error('connect ECONNREFUSED');
    });
    expect((await subject.check()).state).toBe('online');
    answer = false;
    const degraded = await subject.check();
    expect(degraded.state).toBe('degraded');
    expect(degraded.detail).toContain('ECONNREFUSED');
    expect(changes).toEqual(['degraded']);
  });

  it('shares one probe between concurrent checks', async () => {
    let probes = 0;
    const { subject } = monitor(true, async () => {
      probes++;
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    await Promise.all([subject.check(), subject.check(), subject.check()]);
    expect(probes).toBe(1);
  });
});
