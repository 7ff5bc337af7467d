// Directors and UBOs as Wise writes them (v1 objects; a UBO's ownershipPercentage an integer or null).

import type { DirectorRecord, UboRecord } from "./model.js";

export function directorView(d: DirectorRecord) {
  return { id: d.id, firstName: d.firstName, lastName: d.lastName, dateOfBirth: d.dateOfBirth, countryOfResidenceIso3Code: d.countryOfResidenceIso3Code };
}

export function uboView(u: UboRecord) {
  return {
    id: u.id,
    name: u.name,
    dateOfBirth: u.dateOfBirth,
    countryOfResidenceIso3Code: u.countryOfResidenceIso3Code,
    addressFirstLine: u.addressFirstLine,
    postCode: u.postCode,
    ownershipPercentage: u.ownershipPercentage,
  };
}
