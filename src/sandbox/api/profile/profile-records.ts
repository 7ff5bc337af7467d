// Writing profiles into the store: a new personal or business profile with its addresses (and
// the SCA factors every profile starts with), changes to one, and the rules the writes share:
// which profiles count as verified and whether an update window is open.

import { randomUUID } from "node:crypto";
import type { AddressRecord, BusinessProfileRecord, PersonalProfileRecord, ProfileRecord, UserRecord } from "../../model.js";
import type { Store } from "../../store.js";
import type { BusinessDetails, PersonalDetails, ProfileAddress } from "./profile-body.js";

/**
 * Whether Wise has verified the profile: the seeded ones are established accounts; one created
 * through the API is verified once its additional verification asks for nothing more.
 */
export function isVerified(store: Store, profile: ProfileRecord): boolean {
  if (!store.profileWrites.createdThroughApi.has(profile.id)) return true;
  const verification = store.verifications.get(profile.id);
  return verification !== undefined && verification.required.length === 0;
}

/** Whether the profile's update window is open (POST /v1/profiles/{id}/update-window). */
export function updateWindowOpen(store: Store, profileId: number): boolean {
  return store.profileWrites.openWindows.has(profileId);
}

/** Stores an address of a profile (a new id, or `id` to change one in place); returns its id. */
export function saveAddress(store: Store, profileId: number, address: ProfileAddress, id = store.nextId("address"), occupations: AddressRecord["occupations"] = []): number {
  store.addresses.set(id, {
    id,
    profileId,
    firstLine: address.addressFirstLine,
    city: address.city,
    postCode: address.postCode ?? "",
    state: address.stateCode,
    country: address.country,
    countryIso3: address.countryIso3,
    occupations,
  });
  return id;
}

/** The v2 address fields of a stored address, as the bodies carry them. */
export function profileAddressOf(record: AddressRecord): ProfileAddress {
  return {
    addressFirstLine: record.firstLine,
    city: record.city,
    country: record.country,
    countryIso3: record.countryIso3 ?? "",
    postCode: record.postCode === "" ? null : record.postCode,
    stateCode: record.state,
  };
}

/** Adds a profile of `user` and starts it as every profile starts: unverified, with the user's PIN and its phone for SCA. */
function addProfile(store: Store, user: UserRecord, profile: ProfileRecord, phone: string): void {
  store.profiles.set(profile.id, profile);
  store.profileWrites.createdThroughApi.add(profile.id);
  store.sca.factors.set(profile.id, { pin: user.pin, phone, deviceFingerprints: [], faceMap: null });
  if (profile.type === "PERSONAL" && user.personalProfileId === 0) user.personalProfileId = profile.id;
  if (profile.type === "BUSINESS" && user.businessProfileId === 0) user.businessProfileId = profile.id;
  store.touch();
}

export function createPersonalProfile(store: Store, user: UserRecord, details: PersonalDetails, nowMs: number): PersonalProfileRecord {
  const id = store.nextId("profile");
  const addressId = saveAddress(store, id, details.address, undefined, details.occupations);
  const profile: PersonalProfileRecord = {
    type: "PERSONAL",
    id,
    publicId: randomUUID(),
    userId: user.id,
    addressId,
    email: user.email,
    createdMs: nowMs,
    updatedMs: nowMs,
    currentState: "VISIBLE",
    contactEmail: details.email,
    contactPhone: details.phoneNumber,
    firstName: details.firstName,
    lastName: details.lastName,
    preferredName: details.preferredName ?? "",
    dateOfBirth: details.dateOfBirth,
    phoneNumber: details.phoneNumber,
    avatar: null,
    secondaryAddressIds: [],
  };
  addProfile(store, user, profile, details.phoneNumber);
  return profile;
}

export function createBusinessProfile(
  store: Store,
  user: UserRecord,
  details: BusinessDetails,
  contact: { email: string; phoneNumber: string },
  nowMs: number,
): BusinessProfileRecord {
  const id = store.nextId("profile");
  const profile: BusinessProfileRecord = {
    type: "BUSINESS",
    id,
    publicId: randomUUID(),
    userId: user.id,
    addressId: saveAddress(store, id, details.address),
    email: contact.email,
    createdMs: nowMs,
    updatedMs: nowMs,
    currentState: "VISIBLE",
    contactEmail: contact.email,
    contactPhone: contact.phoneNumber,
    ...businessFields(details),
    operationalAddressIds: details.operationalAddresses.map((a) => saveAddress(store, id, a)),
  };
  addProfile(store, user, profile, contact.phoneNumber);
  return profile;
}

function businessFields(details: BusinessDetails) {
  return {
    businessName: details.businessName,
    registrationNumber: details.registrationNumber,
    // Wise files the business under its sub-category.
    descriptionOfBusiness: details.secondLevelCategory,
    webpage: details.webpage,
    companyType: details.companyType,
    companyRole: details.companyRole,
    businessFreeFormDescription: details.businessFreeFormDescription,
    firstLevelCategory: details.firstLevelCategory,
    secondLevelCategory: details.secondLevelCategory,
  };
}

/** The stored business as the body of an update would state it, to fill the fields an update leaves out. */
export function businessDetailsOf(store: Store, profile: BusinessProfileRecord): BusinessDetails {
  const address = (id: number) => {
    const record = store.addresses.get(id);
    if (record === undefined) throw new Error(`profile ${profile.id} references missing address ${id}`);
    return profileAddressOf(record);
  };
  return {
    businessName: profile.businessName,
    registrationNumber: profile.registrationNumber,
    companyType: profile.companyType,
    companyRole: profile.companyRole,
    businessFreeFormDescription: profile.businessFreeFormDescription,
    firstLevelCategory: profile.firstLevelCategory,
    secondLevelCategory: profile.secondLevelCategory,
    webpage: profile.webpage,
    address: address(profile.addressId),
    operationalAddresses: profile.operationalAddressIds.map(address),
  };
}

export function updatePersonalProfile(store: Store, profile: PersonalProfileRecord, details: PersonalDetails, nowMs: number): void {
  saveAddress(store, profile.id, details.address, profile.addressId, details.occupations);
  Object.assign(profile, {
    firstName: details.firstName,
    lastName: details.lastName,
    preferredName: details.preferredName ?? "",
    dateOfBirth: details.dateOfBirth,
    phoneNumber: details.phoneNumber,
    contactEmail: details.email,
    contactPhone: details.phoneNumber,
    updatedMs: nowMs,
  });
  store.touch();
}

export function updateBusinessProfile(store: Store, profile: BusinessProfileRecord, details: BusinessDetails, replaceOperational: boolean, nowMs: number): void {
  saveAddress(store, profile.id, details.address, profile.addressId);
  if (replaceOperational) {
    for (const id of profile.operationalAddressIds) store.addresses.delete(id);
    profile.operationalAddressIds = details.operationalAddresses.map((a) => saveAddress(store, profile.id, a));
  }
  Object.assign(profile, businessFields(details), { updatedMs: nowMs });
  store.touch();
}
