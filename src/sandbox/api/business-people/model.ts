// The people of a business profile as the sandbox keeps them: its directors and its ultimate
// beneficial owners (UBOs), each list in the order Wise returns it (added last, listed last).

export interface DirectorRecord {
  /** Wise's numeric director id, new for every director added (a replaced list gets new ids). */
  id: number;
  firstName: string;
  lastName: string;
  /** yyyy-mm-dd. */
  dateOfBirth: string;
  /** ISO 3166-1 alpha-3, lowercase ("usa"), as Wise writes it. */
  countryOfResidenceIso3Code: string;
}

export interface UboRecord {
  /** Wise's UBO id: 32 lowercase hex digits. */
  id: string;
  name: string;
  dateOfBirth: string;
  countryOfResidenceIso3Code: string;
  addressFirstLine: string;
  postCode: string;
  /** Whole percent; null where Wise does not ask for it. */
  ownershipPercentage: number | null;
}

export interface BusinessPeopleRecord {
  directors: DirectorRecord[];
  ubos: UboRecord[];
}
