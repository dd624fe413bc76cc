import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { client, ok, type Schemas } from '../api/client';

type Assignment = Schemas['ComplaintAssignment'];

/** The open complaints the signed-in professional handles (KT9-R3), shared by the navigation and "Klachten". */
export interface ComplaintAssignments {
  /** null until loaded (or for whoever cannot handle complaints). */
  items: Assignment[] | null;
  /** Loads the list again; a failure is the caller's to show. */
  reload: () => Promise<void>;
}

const Context = createContext<ComplaintAssignments>({ items: null, reload: async () => undefined });

export const ComplaintAssignmentsProvider = Context.Provider;

/**
 * Loads the complaints a professional handles once per signed-in account, for the frame: a complaint handler
 * is not in the family's team and holds no organisation role for it, so the list itself says whether
 * "Klachten" belongs in the navigation. The page reloads it, so the navigation follows a decision.
 */
export function useLoadedComplaintAssignments(professionalId: string | null): ComplaintAssignments {
  const [items, setItems] = useState<Assignment[] | null>(null);
  const reload = useCallback(async () => {
    if (!professionalId) {
      setItems(null);
      return;
    }
    setItems(await ok(client.GET('/api/v1/complaint-assignments')));
  }, [professionalId]);
  useEffect(() => {
    // Not being able to load it only hides the link; the page shows its own error.
    reload().catch(() => setItems(null));
  }, [reload]);
  return { items, reload };
}

/** The complaints the signed-in professional handles, as the frame loaded them. */
export function useComplaintAssignments(): ComplaintAssignments {
  return useContext(Context);
}
