import { toEnum } from "../../common/enum.js";
import { globalId } from "../../common/node/global-id.js";
import { parseOptionalWiseTime } from "../../common/time.js";
import type { WiseProfile } from "../../wise/schemas/profile.js";
import { BusinessProfile } from "./business-profile.type.js";
import { ContactDetails } from "./contact-details.type.js";
import { PersonalProfile } from "./personal-profile.type.js";
import { ProfileState, ProfileType } from "./profile.enums.js";
import type { Profile } from "./profile.interface.js";

/** Wise's v2 profile to PersonalProfile or BusinessProfile. */
export function toProfile(wise: WiseProfile): Profile {
  const common = {
    wiseId: wise.id,
    publicId: wise.publicId ?? null,
    email: wise.email ?? null,
    state: toEnum(ProfileState, "ProfileState", wise.currentState ?? "VISIBLE"),
    avatarUrl: wise.avatar ?? null,
    contactDetails: wise.contactDetails
      ? Object.assign(new ContactDetails(), { email: wise.contactDetails.email ?? null, phoneNumber: wise.contactDetails.phoneNumber ?? null })
      : null,
    createdAt: parseOptionalWiseTime(wise.createdAt),
    updatedAt: parseOptionalWiseTime(wise.updatedAt),
    addressId: wise.address?.id ?? null,
  };
  if (wise.type === "PERSONAL") {
    const fullName = wise.fullName ?? [wise.firstName, wise.lastName].filter(Boolean).join(" ");
    return Object.assign(new PersonalProfile(), common, {
      id: globalId("PersonalProfile", wise.id),
      type: ProfileType.PERSONAL,
      fullName,
      firstName: wise.firstName ?? null,
      lastName: wise.lastName ?? null,
      preferredName: wise.preferredName ?? null,
      dateOfBirth: wise.dateOfBirth ?? null,
      phoneNumber: wise.phoneNumber ?? null,
      secondaryAddressIds: (wise.secondaryAddresses ?? []).map((a) => a.id),
    });
  }
  return Object.assign(new BusinessProfile(), common, {
    id: globalId("BusinessProfile", wise.id),
    type: ProfileType.BUSINESS,
    fullName: wise.fullName ?? wise.businessName ?? "",
    businessName: wise.businessName ?? null,
    registrationNumber: wise.registrationNumber ?? null,
    descriptionOfBusiness: wise.descriptionOfBusiness ?? null,
    businessFreeFormDescription: wise.businessFreeFormDescription ?? null,
    webpage: wise.webpage ?? null,
    companyType: wise.companyType ?? null,
    companyRole: wise.companyRole ?? null,
    firstLevelCategory: wise.firstLevelCategory ?? null,
    secondLevelCategory: wise.secondLevelCategory ?? null,
    operationalAddressIds: (wise.operationalAddresses ?? []).map((a) => a.id),
  });
}
