import { Money } from "../../common/money.type.js";
import { toEnum } from "../../common/enum.js";
import type { WiseBankTransferVerification, WiseBusinessRepresentative } from "../../wise/schemas/profile-writes.js";
import type { WiseBusinessProfileRequest, WisePersonalProfileRequest, WiseProfileAddressRequest, WiseRepresentativeRequest } from "../../wise/endpoints/profile-writes.js";
import { ContactDetails } from "../profile/contact-details.type.js";
import { BankTransferVerification } from "./bank-transfer-verification.type.js";
import { BusinessRepresentative, RepresentativeAddress } from "./business-representative.type.js";
import { BankTransferVerificationStatus } from "./profile-write.enums.js";
import type { BusinessProfileDetailsInput, BusinessRepresentativeDetailsInput, PersonalProfileDetailsInput, ProfileAddressInput } from "./profile-write.inputs.js";

/** Leaves out the keys whose value is null or undefined, as Wise's optional fields are sent. */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as { [K in keyof T]: Exclude<T[K], null> };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export function toWiseAddress(input: ProfileAddressInput): WiseProfileAddressRequest {
  return defined({
    addressFirstLine: input.addressFirstLine,
    city: input.city,
    countryIso3Code: input.countryIso3Code.trim().toLowerCase(),
    postCode: input.postCode,
    stateCode: input.stateCode,
  });
}

export function toWisePersonal(input: PersonalProfileDetailsInput): WisePersonalProfileRequest {
  return defined({
    firstName: input.firstName,
    lastName: input.lastName,
    preferredName: input.preferredName,
    firstNameInKana: input.firstNameInKana,
    lastNameInKana: input.lastNameInKana,
    address: toWiseAddress(input.address),
    nationality: input.nationality?.trim().toLowerCase(),
    dateOfBirth: day(input.dateOfBirth),
    externalCustomerId: input.externalCustomerId,
    contactDetails: { email: input.contactDetails.email, phoneNumber: input.contactDetails.phoneNumber },
    occupations: input.occupations?.map((code) => ({ code, format: "FREE_FORM" as const })),
  });
}

export function toWiseRepresentative(input: BusinessRepresentativeDetailsInput): WiseRepresentativeRequest {
  return defined({
    firstName: input.firstName,
    lastName: input.lastName,
    preferredName: input.preferredName,
    address: input.address ? toWiseAddress(input.address) : undefined,
    dateOfBirth: input.dateOfBirth ? day(input.dateOfBirth) : undefined,
    contactDetails: input.contactDetails ? { email: input.contactDetails.email, phoneNumber: input.contactDetails.phoneNumber } : undefined,
  });
}

export function toWiseBusiness(input: BusinessProfileDetailsInput): WiseBusinessProfileRequest {
  return defined({
    businessName: input.businessName,
    businessNameInKatakana: input.businessNameInKatakana,
    businessFreeFormDescription: input.businessFreeFormDescription,
    registrationNumber: input.registrationNumber,
    acn: input.acn,
    abn: input.abn,
    arbn: input.arbn,
    companyType: input.companyType,
    companyRole: input.companyRole,
    address: input.address ? toWiseAddress(input.address) : undefined,
    externalCustomerId: input.externalCustomerId,
    actorEmail: input.actorEmail,
    firstLevelCategory: input.firstLevelCategory,
    secondLevelCategory: input.secondLevelCategory,
    operationalAddresses: input.operationalAddresses?.map(toWiseAddress),
    webpage: input.webpage,
  });
}

export function toBusinessRepresentative(wise: WiseBusinessRepresentative): BusinessRepresentative {
  const address = wise.address;
  return Object.assign(new BusinessRepresentative(), {
    wiseId: wise.businessRepresentativeId,
    firstName: wise.firstName ?? null,
    lastName: wise.lastName ?? null,
    preferredName: wise.preferredName ?? null,
    dateOfBirth: wise.dateOfBirth ?? null,
    address: address
      ? Object.assign(new RepresentativeAddress(), {
          addressFirstLine: address.addressFirstLine ?? null,
          city: address.city ?? null,
          countryIso3Code: address.countryIso3Code ?? null,
          postCode: address.postCode ?? null,
          stateCode: address.stateCode ?? null,
        })
      : null,
    contactDetails: wise.contactDetails
      ? Object.assign(new ContactDetails(), { email: wise.contactDetails.email ?? null, phoneNumber: wise.contactDetails.phoneNumber ?? null })
      : null,
  });
}

export function toBankTransferVerifications(wise: WiseBankTransferVerification): BankTransferVerification[] {
  return wise.routes.map((route) =>
    Object.assign(new BankTransferVerification(), {
      sourceCurrency: route.source_currency,
      status: toEnum(BankTransferVerificationStatus, "BankTransferVerificationStatus", route.current_status.toUpperCase()),
      maximumEntitledAmount: route.maximum_entitled_amount == null ? null : Money.of(route.maximum_entitled_amount, route.source_currency),
    }),
  );
}
