// The references of the card authorisations this server simulated. Wise's sandbox answers an
// authorisation with a reference that holds the card's PAN, PIN and CVVs, and wants it back
// whole to clear or reverse that authorisation. So the server keeps it here, in memory, for the
// process's lifetime (bounded, oldest dropped first), keyed by the transaction it made, and never
// logs it or lets it reach a GraphQL answer: a client names the transaction, never the reference.
// Kept per Wise client (one per server), so two servers in one process never share references.

/** How many references a server keeps; the oldest are dropped beyond it. */
export const MAX_SIMULATION_REFERENCES = 10_000;

export class SimulationReferences {
  private readonly references = new Map<string, Record<string, unknown>>();

  private static key(profileId: number, cardToken: string, transactionId: number): string {
    return `${profileId}:${cardToken.toLowerCase()}:${transactionId}`;
  }

  remember(profileId: number, cardToken: string, transactionId: number, reference: Record<string, unknown>): void {
    const key = SimulationReferences.key(profileId, cardToken, transactionId);
    this.references.delete(key);
    this.references.set(key, reference);
    while (this.references.size > MAX_SIMULATION_REFERENCES) this.references.delete(this.references.keys().next().value!);
  }

  referenceOf(profileId: number, cardToken: string, transactionId: number): Record<string, unknown> | undefined {
    return this.references.get(SimulationReferences.key(profileId, cardToken, transactionId));
  }
}

const perServer = new WeakMap<object, SimulationReferences>();

/** The references of the server whose per-process object (its reference cache) is `owner`. */
export function simulationReferencesOf(owner: object): SimulationReferences {
  let references = perServer.get(owner);
  if (!references) {
    references = new SimulationReferences();
    perServer.set(owner, references);
  }
  return references;
}

/** One authorisation at a time per card in this process, so the transaction it made is the newest of its card. */
const cardQueues = new Map<string, Promise<unknown>>();

export async function oneAtATime<T>(cardToken: string, run: () => Promise<T>): Promise<T> {
  const previous = cardQueues.get(cardToken) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(run);
  cardQueues.set(cardToken, next);
  try {
    return await next;
  } finally {
    if (cardQueues.get(cardToken) === next) cardQueues.delete(cardToken);
  }
}
