// POST and DELETE /v1/profiles/{profileId}/update-window: the window inside which a verified
// profile's details may change. Both answer 200 with no body. Opening an open window, or closing
// one that is not open, is 409: the caller's idea of the profile's state is wrong.

import { profileFromPath } from "../../auth.js";
import { wiseErrors } from "../../http.js";
import type { RouteDef } from "../../route.js";

const conflict = (code: string, message: string) => wiseErrors(409, { code, message, path: "", arguments: [] });

export const updateWindowRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v1/profiles/:profileId/update-window",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      const windows = ctx.store.profileWrites.openWindows;
      if (windows.has(profile.id)) throw conflict("UPDATE_WINDOW_ALREADY_OPEN", "The profile's update window is already open");
      windows.add(profile.id);
      ctx.store.touch();
      return { status: 200, body: "" };
    },
  },
  {
    method: "DELETE",
    path: "/v1/profiles/:profileId/update-window",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      const windows = ctx.store.profileWrites.openWindows;
      if (!windows.has(profile.id)) throw conflict("UPDATE_WINDOW_NOT_OPEN", "The profile has no open update window to close");
      windows.delete(profile.id);
      ctx.store.touch();
      return { status: 200, body: "" };
    },
  },
];
