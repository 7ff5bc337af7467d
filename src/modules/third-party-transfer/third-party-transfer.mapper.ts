import { toEnum } from "../../common/enum.js";
import type { WiseOriginator } from "../../wise/schemas/third-party-transfer.js";
import { OriginatorLegalEntityType } from "./third-party-transfer.enums.js";
import { TransferOriginator, TransferOriginatorAddress } from "./third-party-transfer.type.js";

/** Wise's originator block to GraphQL. */
export function toOriginator(o: WiseOriginator): TransferOriginator {
  return Object.assign(new TransferOriginator(), {
    legalEntityType: toEnum(OriginatorLegalEntityType, "OriginatorLegalEntityType", o.legalEntityType),
    reference: o.reference ?? null,
    givenName: o.name?.givenName ?? null,
    middleNames: o.name?.middleNames ?? [],
    familyName: o.name?.familyName ?? null,
    patronymicName: o.name?.patronymicName ?? null,
    fullName: o.name?.fullName ?? null,
    dateOfBirth: o.dateOfBirth ?? null,
    businessRegistrationCode: o.businessRegistrationCode ?? null,
    address: o.address
      ? Object.assign(new TransferOriginatorAddress(), {
          firstLine: o.address.firstLine ?? null,
          city: o.address.city ?? null,
          stateCode: o.address.stateCode ?? null,
          countryCode: o.address.countryCode ?? null,
          postCode: o.address.postCode || null,
        })
      : null,
    accountDetails: o.accountDetails ?? null,
  });
}
