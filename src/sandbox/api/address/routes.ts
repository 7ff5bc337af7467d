// GET /v1/addresses?profile={profileId} and GET /v1/addresses/{addressId}.
// Without ?profile the caller's addresses across all their profiles are listed.

import { ownedProfile } from "../../auth.js";
import { forbidden, json, notFound } from "../../http.js";
import { pathLong, queryLong } from "../../params.js";
import type { RouteDef } from "../../route.js";
import { addressView } from "./view.js";

export const addressRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v1/addresses",
    handler: (ctx) => {
      const profileId = queryLong(ctx, "profile");
      const profileIds =
        profileId === undefined
          ? ctx.store.profilesOf(ctx.user.id).map((p) => p.id)
          : [ownedProfile(ctx, profileId).id];
      return json(profileIds.flatMap((id) => ctx.store.addressesOf(id)).map(addressView));
    },
  },
  {
    method: "GET",
    path: "/v1/addresses/:addressId",
    handler: (ctx) => {
      const id = pathLong(ctx, "addressId");
      const address = ctx.store.addresses.get(id);
      if (address === undefined) throw notFound("Address", "addressId", String(id));
      if (ctx.store.profiles.get(address.profileId)?.userId !== ctx.user.id) throw forbidden(ctx.path);
      return json(addressView(address));
    },
  },
];
