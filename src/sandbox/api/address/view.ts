// v1 address JSON: {id, profile, details{country, state, city, postCode, firstLine, occupations}}.
// `state` is omitted when the country has none: the spec types it as a plain string.

import type { AddressRecord } from "../../model.js";

export function addressView(a: AddressRecord) {
  return {
    id: a.id,
    profile: a.profileId,
    details: {
      country: a.country,
      ...(a.state === null ? {} : { state: a.state }),
      city: a.city,
      postCode: a.postCode,
      firstLine: a.firstLine,
      occupations: a.occupations.map((o) => ({ ...o })),
    },
  };
}
