// v2 profile JSON (openapi components/schemas/profile): PERSONAL and BUSINESS shapes
// with the main address embedded. createdAt/updatedAt carry no zone, as Wise sends.

import { localDateTime } from "../../format.js";
import type { AddressRecord, ProfileRecord } from "../../model.js";
import type { Store } from "../../store.js";

/** The v2 embedded address: {id, addressFirstLine, city, countryIso2Code, countryIso3Code, postCode, stateCode}. */
export function embeddedAddressView(a: AddressRecord) {
  return {
    id: a.id,
    addressFirstLine: a.firstLine,
    city: a.city,
    countryIso2Code: a.country,
    countryIso3Code: a.countryIso3,
    postCode: a.postCode,
    stateCode: a.state,
  };
}

export function profileView(store: Store, p: ProfileRecord) {
  const address = (id: number) => {
    const a = store.addresses.get(id);
    if (a === undefined) throw new Error(`profile ${p.id} references missing address ${id}`);
    return embeddedAddressView(a);
  };
  const common = {
    type: p.type,
    id: p.id,
    publicId: p.publicId,
    userId: p.userId,
    address: address(p.addressId),
    email: p.email,
    createdAt: localDateTime(p.createdMs),
    updatedAt: localDateTime(p.updatedMs),
  };
  if (p.type === "PERSONAL") {
    return {
      ...common,
      avatar: p.avatar,
      currentState: p.currentState,
      contactDetails: { email: p.contactEmail, phoneNumber: p.contactPhone },
      firstName: p.firstName,
      lastName: p.lastName,
      preferredName: p.preferredName,
      dateOfBirth: p.dateOfBirth,
      phoneNumber: p.phoneNumber,
      secondaryAddresses: p.secondaryAddressIds.map(address),
      fullName: `${p.firstName} ${p.lastName}`,
    };
  }
  return {
    ...common,
    currentState: p.currentState,
    contactDetails: { email: p.contactEmail, phoneNumber: p.contactPhone },
    businessName: p.businessName,
    registrationNumber: p.registrationNumber,
    descriptionOfBusiness: p.descriptionOfBusiness,
    webpage: p.webpage,
    companyType: p.companyType,
    companyRole: p.companyRole,
    businessFreeFormDescription: p.businessFreeFormDescription,
    firstLevelCategory: p.firstLevelCategory,
    secondLevelCategory: p.secondLevelCategory,
    operationalAddresses: p.operationalAddressIds.map(address),
    fullName: p.businessName,
  };
}
