// One sync leader across all windows (architecture §1): the window holding the Web Lock pushes
// and pulls; the others only read. When the leader's window closes, the browser hands the lock to
// the next waiting window. The simulation supplies its own lock with the same contract.

export interface LeaderLock {
  /** Runs `lead` once this window holds the lock; the lock is held until `lead` resolves. */
  whenLeader(lead: () => Promise<void>): void;
}

export const webLeaderLock = (name = 'partner-desk-sync-leader'): LeaderLock => ({
  whenLeader(lead) {
    void navigator.locks.request(name, { mode: 'exclusive' }, lead);
  },
});

/** An in-process lock for Node (tests, the simulation): the same queueing behaviour. */
export function createLocalLeaderLock(): LeaderLock {
  let tail: Promise<void> = Promise.resolve();
  return {
    whenLeader(lead) {
      tail = tail.then(lead, lead);
    },
  };
}
