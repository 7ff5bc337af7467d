// What the profile writes keep beside the profiles themselves: which profiles have an update
// window open, which profiles were created through the API (they start unverified), and the
// business representatives (a person who acts for one or more business profiles).

/** The person who represents a business (v3 business-representative). */
export interface RepresentativeRecord {
  id: number;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  dateOfBirth: string;
  address: { addressFirstLine: string; city: string; countryIso3Code: string; postCode: string | null; stateCode: string | null };
  email: string;
  phoneNumber: string;
}

export class ProfileWriteState {
  /** Profiles whose update window is open. */
  openWindows = new Set<number>();
  /** Profiles created through the API: not verified until their additional verification is complete. */
  createdThroughApi = new Set<number>();
  /** Representatives by id. */
  representatives = new Map<number, RepresentativeRecord>();
  /** Business profile id -> its representative's id (several businesses may share one). */
  representativeOf = new Map<number, number>();

  reset(): void {
    this.openWindows = new Set();
    this.createdThroughApi = new Set();
    this.representatives = new Map();
    this.representativeOf = new Map();
  }
}
