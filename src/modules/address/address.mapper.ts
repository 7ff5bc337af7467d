import { globalId } from "../../common/node/global-id.js";
import { toFieldGroups } from "../../common/requirements/requirement-form.mapper.js";
import type { WiseAddress } from "../../wise/schemas/address.js";
import type { WiseRequirement } from "../../wise/schemas/requirements.js";
import { AddressRequirements } from "./address-requirements.type.js";
import { Address, Occupation } from "./address.type.js";

/** Wise's address (`details.firstLine`...) to the GraphQL Address. */
export function toAddress(wise: WiseAddress): Address {
  return Object.assign(new Address(), {
    id: globalId("Address", wise.id),
    wiseId: wise.id,
    profileId: wise.profile,
    country: wise.details.country ?? null,
    state: wise.details.state ?? null,
    city: wise.details.city ?? null,
    postCode: wise.details.postCode ?? null,
    firstLine: wise.details.firstLine ?? null,
    occupations: (wise.details.occupations ?? []).map((o) => Object.assign(new Occupation(), { code: o.code, format: o.format ?? null })),
  });
}

/** Wise's address forms (one entry, `type: "address"`) to the GraphQL form: their field groups, in order. */
export function toAddressRequirements(wise: readonly WiseRequirement[]): AddressRequirements {
  return Object.assign(new AddressRequirements(), { fieldGroups: wise.flatMap(toFieldGroups) });
}
