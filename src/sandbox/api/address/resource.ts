// Addresses: GET /v1/addresses?profile={profileId} (without ?profile: the caller's
// addresses across all their profiles) and GET /v1/addresses/{addressId}.

import { resourceRoutes, unpaged } from "../../resource.js";
import { addressView } from "./view.js";

export const addressRoutes = resourceRoutes({
  name: "Address",
  path: "/v1/addresses",
  idParam: "addressId",
  table: (store) => store.addresses,
  view: addressView,
  list: { profileQuery: "profile", paging: unpaged },
  get: true,
});
