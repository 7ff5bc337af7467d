import type { WiseDirector, WiseUbo } from "../../wise/schemas/business-people.js";
import { BusinessDirector, UltimateBeneficialOwner } from "./business-people.types.js";

const country = (code: string | null | undefined) => (code ? code.toUpperCase() : null);

export function toDirector(wise: WiseDirector): BusinessDirector {
  return Object.assign(new BusinessDirector(), {
    wiseId: wise.id,
    firstName: wise.firstName ?? null,
    lastName: wise.lastName ?? null,
    dateOfBirth: wise.dateOfBirth ?? null,
    countryOfResidence: country(wise.countryOfResidenceIso3Code),
  });
}

export function toOwner(wise: WiseUbo): UltimateBeneficialOwner {
  return Object.assign(new UltimateBeneficialOwner(), {
    wiseId: wise.id,
    name: wise.name ?? null,
    dateOfBirth: wise.dateOfBirth ?? null,
    countryOfResidence: country(wise.countryOfResidenceIso3Code),
    addressFirstLine: wise.addressFirstLine ?? null,
    postCode: wise.postCode ?? null,
    ownershipPercentage: wise.ownershipPercentage ?? null,
  });
}
