// v1 user JSON: {id, name, email, active, details}. Details come from the user's personal
// profile and its main address; a user created through signup has none yet (name and details
// null, as Wise's signup example shows). Keys whose value is unknown are left out: the spec
// types them as plain strings.

import type { UserRecord } from "../../model.js";
import type { Store } from "../../store.js";

export function userView(store: Store, user: UserRecord) {
  const personal = store.profiles.get(user.personalProfileId);
  if (personal === undefined || personal.type !== "PERSONAL") return { id: user.id, name: null, email: user.email, active: true, details: null };
  const address = store.addresses.get(personal.addressId);
  return {
    id: user.id,
    name: `${personal.firstName} ${personal.lastName}`,
    email: user.email,
    active: true,
    details: {
      firstName: personal.firstName,
      lastName: personal.lastName,
      phoneNumber: personal.phoneNumber,
      occupation: "",
      ...(address === undefined
        ? {}
        : {
            address: { city: address.city, countryCode: address.country, postCode: address.postCode, state: address.state ?? "", firstLine: address.firstLine },
          }),
      dateOfBirth: personal.dateOfBirth,
      ...(personal.avatar === null ? {} : { avatar: personal.avatar }),
      ...(address === undefined ? {} : { primaryAddress: address.id }),
    },
  };
}
