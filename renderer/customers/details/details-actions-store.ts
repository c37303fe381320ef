// What the customer page asks for besides the billing form: ending the relationship, sending a
// refused change again, discarding it, settling a conflict. Each is one local transaction; a
// refusal comes back as a sentence the page shows where the user acted.
import { create } from 'zustand';
import type { PartnerDeskDatabase } from '../../data/database';
import { removeRelationship } from '../customer-mutations';
import { resolveConflict, type FieldChoice } from './conflict-resolution';
import { discard, sendAgain } from './operation-actions';
import { changeFailureMessage } from '../change-failure';

/** Where a failure is shown: the removal dialog, one history entry, or the conflict dialog. */
export type ActionScope = 'remove' | 'conflict' | `operation:${string}`;

interface DetailsActionsState {
  busy: ActionScope | null;
  problem: { scope: ActionScope; message: string } | null;
  removeRelationship(db: PartnerDeskDatabase, customerId: string): Promise<boolean>;
  sendAgain(db: PartnerDeskDatabase, operationId: string): Promise<boolean>;
  discard(db: PartnerDeskDatabase, operationId: string): Promise<boolean>;
  resolveConflict(db: PartnerDeskDatabase, operationId: string, choices: Record<string, FieldChoice>): Promise<boolean>;
  clearProblem(): void;
}

export const useDetailsActions = create<DetailsActionsState>()((set) => {
  const attempt = async (scope: ActionScope, work: () => Promise<void>): Promise<boolean> => {
    set({ busy: scope, problem: null });
    try {
      await work();
      set({ busy: null });
      return true;
    } catch (error) {
      set({ busy: null, problem: { scope, message: changeFailureMessage(error) } });
      return false;
    }
  };
  return {
    busy: null,
    problem: null,
    removeRelationship: (db, customerId) => attempt('remove', () => removeRelationship(db, customerId)),
    sendAgain: (db, operationId) => attempt(`operation:${operationId}`, () => sendAgain(db, operationId)),
    discard: (db, operationId) => attempt(`operation:${operationId}`, () => discard(db, operationId)),
    resolveConflict: (db, operationId, choices) => attempt('conflict', () => resolveConflict(db, operationId, choices)),
    clearProblem: () => set({ problem: null }),
  };
});
