// v1 profile JSON (deprecated by Wise, still answered; recordings/profiles.yaml): lowercase
// `type`, the holder's facts under `details` and the main address as `primaryAddress` (its id).
// Built from the same profile records as v2, so both versions always agree.

import type { ProfileRecord } from "../../model.js";

export function profileV1View(p: ProfileRecord) {
  if (p.type === "PERSONAL") {
    return {
      id: p.id,
      type: "personal",
      details: {
        firstName: p.firstName,
        lastName: p.lastName,
        dateOfBirth: p.dateOfBirth,
        phoneNumber: p.phoneNumber,
        avatar: p.avatar,
        occupation: null,
        occupations: null,
        primaryAddress: p.addressId,
        firstNameInKana: null,
        lastNameInKana: null,
        localizedInformation: [],
      },
    };
  }
  return {
    id: p.id,
    type: "business",
    details: {
      name: p.businessName,
      registrationNumber: p.registrationNumber,
      acn: null,
      abn: null,
      arbn: null,
      companyType: p.companyType,
      companyRole: p.companyRole,
      descriptionOfBusiness: p.descriptionOfBusiness,
      primaryAddress: p.addressId,
      webpage: p.webpage,
      businessCategory: p.firstLevelCategory,
      businessSubCategory: p.secondLevelCategory,
      localizedInformation: [],
    },
  };
}
