// The disputes the sandbox's card holders raised and the evidence files they uploaded.
// store.disputes; emptied by the store's reset().

import type { DisputeFileRecord, DisputeRecord } from "./model.js";

export class DisputeState {
  disputes = new Map<string, DisputeRecord>();
  files = new Map<string, DisputeFileRecord>();

  reset(): void {
    this.disputes = new Map();
    this.files = new Map();
  }

  /** The profile's disputes, oldest first (the order of Wise's list). */
  disputesOfProfile(profileId: number): DisputeRecord[] {
    return [...this.disputes.values()].filter((d) => d.profileId === profileId).sort((a, b) => a.createdMs - b.createdMs);
  }
}
