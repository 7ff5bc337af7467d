// Addresses: GET /v1/addresses?profile={profileId} (without ?profile: the caller's
// addresses across all their profiles), GET /v1/addresses/{addressId} and
// POST /v1/addresses (a new address each time; create.ts checks the body).

import { resourceRoutes, unpaged } from "../../resource.js";
import { addressFromBody, addressOwner } from "./create.js";
import { addressView } from "./view.js";

export const addressRoutes = resourceRoutes({
  name: "Address",
  path: "/v1/addresses",
  idParam: "addressId",
  table: (store) => store.addresses,
  view: addressView,
  list: { profileQuery: "profile", paging: unpaged },
  get: true,
  create: { idKind: "address", owner: addressOwner, build: addressFromBody },
});
