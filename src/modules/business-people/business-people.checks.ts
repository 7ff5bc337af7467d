import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { WiseDirectorRequest, WiseUboRequest } from "../../wise/endpoints/business-people.js";
import type { BusinessDirectorInput, UltimateBeneficialOwnerInput } from "./business-people.inputs.js";

/** People one mutation takes: a business has a few; a longer list is a client's mistake. */
export const MAX_PEOPLE = 100;

type Checked<T> = { body: T[] } | { userErrors: UserError[] };

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The checks both kinds of people share, made here so each problem names its input field; Wise's own refusals name none. */
function checkPerson(person: Record<string, unknown>, path: string[], texts: readonly string[], userErrors: UserError[]): void {
  for (const name of texts) {
    if (String(person[name]).trim() === "") userErrors.push(UserError.of(UserErrorCode.REQUIRED, `${name} must not be blank.`, [...path, name]));
  }
  if (!/^[A-Za-z]{3}$/.test(String(person.countryOfResidence).trim())) {
    userErrors.push(UserError.of(UserErrorCode.INVALID, "countryOfResidence must be an ISO 3166-1 alpha-3 country code.", [...path, "countryOfResidence"]));
  }
  const born = person.dateOfBirth as Date;
  if (born.getTime() > Date.now() || born.getUTCFullYear() < 1900) {
    userErrors.push(UserError.of(UserErrorCode.INVALID, "dateOfBirth must be a date of birth in the past.", [...path, "dateOfBirth"]));
  }
}

function tooMany(list: string, count: number): UserError[] {
  return count > MAX_PEOPLE ? [UserError.of(UserErrorCode.INVALID, `At most ${MAX_PEOPLE} people at once, not ${count}.`, ["input", list])] : [];
}

/** The directors as Wise's body, or the userErrors that keep them from Wise. */
export function directorsBody(directors: readonly BusinessDirectorInput[]): Checked<WiseDirectorRequest> {
  const userErrors = tooMany("directors", directors.length);
  if (userErrors.length > 0) return { userErrors };
  directors.forEach((director, index) => checkPerson({ ...director }, ["input", "directors", String(index)], ["firstName", "lastName", "countryOfResidence"], userErrors));
  if (userErrors.length > 0) return { userErrors };
  return {
    body: directors.map((d) => ({
      firstName: d.firstName.trim(),
      lastName: d.lastName.trim(),
      dateOfBirth: isoDate(d.dateOfBirth),
      countryOfResidenceIso3Code: d.countryOfResidence.trim().toLowerCase(),
    })),
  };
}

/**
 * The owners as Wise's body, or the userErrors that keep them from Wise. A replacing list is the
 * whole list, so its total is checked here too; added owners' total with the kept ones is Wise's
 * to check.
 */
export function ownersBody(owners: readonly UltimateBeneficialOwnerInput[], replacing: boolean): Checked<WiseUboRequest> {
  const userErrors = tooMany("owners", owners.length);
  if (userErrors.length > 0) return { userErrors };
  owners.forEach((owner, index) => {
    const path = ["input", "owners", String(index)];
    checkPerson({ ...owner }, path, ["name", "countryOfResidence", "addressFirstLine", "postCode"], userErrors);
    const share = owner.ownershipPercentage;
    if (share != null && (share < 1 || share > 100)) {
      userErrors.push(UserError.of(UserErrorCode.INVALID, "ownershipPercentage must be a whole percent from 1 to 100.", [...path, "ownershipPercentage"]));
    }
  });
  const total = owners.reduce((sum, owner) => sum + (owner.ownershipPercentage ?? 0), 0);
  if (replacing && userErrors.length === 0 && total > 100) {
    userErrors.push(UserError.of(UserErrorCode.INVALID, `The owners would hold ${total}% between them; at most 100% can be owned.`, ["input", "owners"]));
  }
  if (userErrors.length > 0) return { userErrors };
  return {
    body: owners.map((o) => ({
      name: o.name.trim(),
      dateOfBirth: isoDate(o.dateOfBirth),
      countryOfResidenceIso3Code: o.countryOfResidence.trim().toLowerCase(),
      addressFirstLine: o.addressFirstLine.trim(),
      postCode: o.postCode.trim(),
      ownershipPercentage: o.ownershipPercentage ?? null,
    })),
  };
}
