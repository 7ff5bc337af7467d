// Directors and UBOs of every business profile, and the ids given to new ones. reset() restores
// the seeded people; a business profile without seeded people starts with none.

import { randomUUID } from "node:crypto";
import type { BusinessPeopleRecord } from "./model.js";
import { DIRECTOR_ID_BASE, seedBusinessPeople } from "./seed.js";

export class BusinessPeopleState {
  private byProfile = new Map<number, BusinessPeopleRecord>();
  private nextDirectorId = DIRECTOR_ID_BASE + 1;

  constructor() {
    this.reset();
  }

  reset(): void {
    this.byProfile = seedBusinessPeople();
    const seeded = [...this.byProfile.values()].flatMap((people) => people.directors.map((d) => d.id));
    this.nextDirectorId = Math.max(DIRECTOR_ID_BASE, ...seeded) + 1;
  }

  /** The people of a business profile (an empty record the first time for a profile without any). */
  of(profileId: number): BusinessPeopleRecord {
    let people = this.byProfile.get(profileId);
    if (people === undefined) {
      people = { directors: [], ubos: [] };
      this.byProfile.set(profileId, people);
    }
    return people;
  }

  newDirectorId(): number {
    return this.nextDirectorId++;
  }

  /** A UBO id as Wise writes them: a UUID's 32 hex digits. */
  newUboId(): string {
    return randomUUID().replace(/-/g, "");
  }
}
