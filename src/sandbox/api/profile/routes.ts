// GET /v2/profiles and GET /v2/profiles/{profileId}.

import { profileFromPath } from "../../auth.js";
import { rawJson, toJson } from "../../http.js";
import type { RouteDef } from "../../route.js";
import { profileView } from "./view.js";

export const profileRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v2/profiles",
    handler: ({ store, user }) => rawJson(store.cached(`profiles:${user.id}`, () => toJson(store.profilesOf(user.id).map((p) => profileView(store, p))))),
  },
  {
    method: "GET",
    path: "/v2/profiles/:profileId",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      return rawJson(ctx.store.cached(`profile:${profile.id}`, () => toJson(profileView(ctx.store, profile))));
    },
  },
];
