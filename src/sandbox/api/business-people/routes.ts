// GET, POST (add) and PUT (replace) /v1/profiles/{profileId}/directors and …/ubos: the people of
// a business profile. Each answer is the profile's whole list after the call; POST appends, PUT
// replaces the list (its people get new ids). A body with any problem changes nothing. A personal
// profile has no such people: 400 (Wise's answer is undocumented; the sandbox's choice).

import { profileFromPath } from "../../auth.js";
import { json, wiseErrors } from "../../http.js";
import type { ProfileRecord } from "../../model.js";
import type { Ctx, RouteDef } from "../../route.js";
import { jsonArrayBody } from "./array-body.js";
import type { BusinessPeopleRecord } from "./model.js";
import { readDirectors, readUbos } from "./people.js";
import { directorView, uboView } from "./view.js";

/** The caller's business profile named in the path, with its people. */
function businessPeople(ctx: Ctx): { profile: ProfileRecord; people: BusinessPeopleRecord } {
  const profile = profileFromPath(ctx);
  if (profile.type !== "BUSINESS") {
    throw wiseErrors(400, { code: "BAD_REQUEST", message: `Profile ${profile.id} is not a business profile`, path: "profileId", arguments: [] });
  }
  return { profile, people: ctx.store.businessPeople.of(profile.id) };
}

const directorsOf = (people: BusinessPeopleRecord) => json(people.directors.map(directorView));
const ubosOf = (people: BusinessPeopleRecord) => json(people.ubos.map(uboView));

async function changeDirectors(ctx: Ctx, mode: "add" | "replace") {
  const { people } = businessPeople(ctx);
  const drafts = readDirectors(await jsonArrayBody(ctx), ctx.now());
  const added = drafts.map((draft) => ({ id: ctx.store.businessPeople.newDirectorId(), ...draft }));
  people.directors = mode === "add" ? [...people.directors, ...added] : added;
  ctx.store.touch();
  return directorsOf(people);
}

async function changeUbos(ctx: Ctx, mode: "add" | "replace") {
  const { people } = businessPeople(ctx);
  const drafts = readUbos(await jsonArrayBody(ctx), mode === "add" ? people.ubos : [], ctx.now());
  const added = drafts.map((draft) => ({ id: ctx.store.businessPeople.newUboId(), ...draft }));
  people.ubos = mode === "add" ? [...people.ubos, ...added] : added;
  ctx.store.touch();
  return ubosOf(people);
}

export const businessPeopleRoutes: RouteDef[] = [
  { method: "GET", path: "/v1/profiles/:profileId/directors", handler: (ctx) => directorsOf(businessPeople(ctx).people) },
  { method: "POST", path: "/v1/profiles/:profileId/directors", handler: (ctx) => changeDirectors(ctx, "add") },
  { method: "PUT", path: "/v1/profiles/:profileId/directors", handler: (ctx) => changeDirectors(ctx, "replace") },
  { method: "GET", path: "/v1/profiles/:profileId/ubos", handler: (ctx) => ubosOf(businessPeople(ctx).people) },
  { method: "POST", path: "/v1/profiles/:profileId/ubos", handler: (ctx) => changeUbos(ctx, "add") },
  { method: "PUT", path: "/v1/profiles/:profileId/ubos", handler: (ctx) => changeUbos(ctx, "replace") },
];
