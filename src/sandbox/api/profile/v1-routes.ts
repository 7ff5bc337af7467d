// GET /v1/profiles and GET /v1/profiles/{profileId}: deprecated in Wise's spec (which no longer
// lists them) but answered by Wise and still the first call of most existing Wise scripts.
// Same profiles, owners and errors as v2.

import { profileFromPath } from "../../auth.js";
import { json } from "../../http.js";
import type { RouteDef } from "../../route.js";
import { profileV1View } from "./v1-view.js";

export const profileV1Routes: RouteDef[] = [
  {
    method: "GET",
    path: "/v1/profiles",
    handler: ({ store, user }) => json(store.profilesOf(user.id).map(profileV1View)),
  },
  {
    method: "GET",
    path: "/v1/profiles/:profileId",
    handler: (ctx) => json(profileV1View(profileFromPath(ctx))),
  },
];
