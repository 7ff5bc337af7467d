// Creating and updating profiles:
//   POST /v2/profiles/personal-profile   one personal profile per user; answers {id, type, details}
//   POST /v2/profiles/business-profile   needs the caller's personal profile first; answers the v2 business profile
//   POST /v3/profiles/business-profile   names its representative (new, or an existing one by id) instead
//   PUT  /v2/profiles/{id}/personal-profile, PUT /v2/profiles/{id}/business-profile
// A create may carry X-idempotence-uuid: the same key replays the first answer. Without it, a
// profile that already exists (the user's personal profile; a business with the same
// registration number and country) is 409. A verified profile changes only inside an update
// window; a profile created here is unverified until its additional verification is complete.

import { profileFromPath } from "../../auth.js";
import { isUuid, jsonBody, optLong, optString, type JsonObject } from "../../body.js";
import { badRequest, json, notFound, wiseErrors, type Reply, type WiseErrorItem } from "../../http.js";
import type { BusinessProfileRecord, PersonalProfileRecord } from "../../model.js";
import type { Ctx, RouteDef } from "../../route.js";
import { optObject, readBusiness, readPersonal, readRepresentative, type BusinessDetails, type PersonalDetails } from "./profile-body.js";
import { businessDetailsOf, createBusinessProfile, createPersonalProfile, isVerified, updateBusinessProfile, updatePersonalProfile, updateWindowOpen } from "./profile-records.js";
import { addRepresentative, representativeOfUser, representativeView } from "./representative.js";
import type { RepresentativeRecord } from "./write-state.js";
import { profileView } from "./view.js";

const alreadyExists = (message: string): WiseErrorItem => ({ code: "ALREADY_EXISTS", message, path: "", arguments: [] });

/** The optional X-idempotence-uuid of a create (400 when not a UUID). */
function optionalKey(ctx: Ctx): string | undefined {
  const raw = ctx.req.headers["x-idempotence-uuid"];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (value === undefined || value === "") return undefined;
  if (!isUuid(value)) throw badRequest("'X-idempotence-uuid' should be a valid 'UUID'");
  return value.toLowerCase();
}

/** Runs a create once per idempotency key: the same key answers the first reply again. */
async function once(ctx: Ctx, create: (key: string | undefined) => Promise<Reply>): Promise<Reply> {
  const key = optionalKey(ctx);
  const replayKey = key === undefined ? undefined : `profile:${ctx.user.id}:${key}`;
  const replay = replayKey === undefined ? undefined : ctx.store.replays.get(replayKey);
  if (replay !== undefined) return { ...replay };
  const reply = await create(key);
  if (replayKey !== undefined) ctx.store.replays.set(replayKey, { status: reply.status, body: reply.body });
  return reply;
}

function personalCreateView(profile: PersonalProfileRecord, details: PersonalDetails, body: JsonObject) {
  const echoed = (name: string) => {
    const value = optString(body, name)?.trim();
    return value === undefined || value === "" ? {} : { [name]: value };
  };
  return {
    id: profile.id,
    type: "PERSONAL",
    details: {
      firstName: details.firstName,
      lastName: details.lastName,
      ...(details.preferredName === null ? {} : { preferredName: details.preferredName }),
      firstNameInKana: optString(body, "firstNameInKana") ?? null,
      lastNameInKana: optString(body, "lastNameInKana") ?? null,
      address: {
        addressFirstLine: details.address.addressFirstLine,
        city: details.address.city,
        countryIso3Code: details.address.countryIso3,
        ...(details.address.postCode === null ? {} : { postCode: details.address.postCode }),
        ...(details.address.stateCode === null ? {} : { stateCode: details.address.stateCode }),
      },
      ...echoed("nationality"),
      dateOfBirth: details.dateOfBirth,
      ...echoed("externalCustomerId"),
      contactDetails: { email: details.email, phoneNumber: details.phoneNumber },
      occupations: details.occupations,
      localizedInformation: [],
    },
  };
}

/** The user's business with the same registration number in the same country, if any. */
function sameBusiness(ctx: Ctx, details: BusinessDetails): BusinessProfileRecord | undefined {
  if (details.registrationNumber === "") return undefined;
  return ctx.store.profilesOf(ctx.user.id).find((p): p is BusinessProfileRecord => {
    if (p.type !== "BUSINESS" || p.registrationNumber !== details.registrationNumber) return false;
    return ctx.store.addresses.get(p.addressId)?.country === details.address.country;
  });
}

async function createBusiness(ctx: Ctx, version: "v2" | "v3"): Promise<Reply> {
  const { store, user } = ctx;
  const body = await jsonBody(ctx);
  return once(ctx, async (key) => {
    const { details, problems } = readBusiness(body);
    let representative: RepresentativeRecord | undefined;
    let pendingRepresentative: ReturnType<typeof readRepresentative> | undefined;
    const personal = store.profiles.get(user.personalProfileId);
    if (version === "v3") {
      const raw = optObject(body, "businessRepresentative");
      const givenId = raw === undefined ? undefined : optLong(raw, "businessRepresentativeId");
      if (raw === undefined)
        problems.add({ code: "MISSING", message: "businessRepresentative must not be blank", path: "businessRepresentative", arguments: ["businessRepresentative"] });
      else if (givenId !== undefined) {
        representative = representativeOfUser(store, user.id, givenId);
        const path = "businessRepresentative.businessRepresentativeId";
        if (representative === undefined)
          problems.add({ code: "NOT_VALID", message: `No business representative ${givenId} acts for your businesses`, path, arguments: [path, String(givenId)] });
        if (Object.keys(raw).some((name) => name !== "businessRepresentativeId")) {
          problems.add({
            code: "NOT_VALID",
            message: "Give either businessRepresentativeId or the representative's details, not both",
            path: "businessRepresentative",
            arguments: [],
          });
        }
      } else pendingRepresentative = readRepresentative(raw, "businessRepresentative", problems, ctx.now());
    } else if (personal === undefined) {
      problems.add({ code: "NOT_VALID", message: "Create a personal profile first: a business profile is managed by a person", path: "", arguments: [] });
    }
    if (problems.fail()) throw wiseErrors(422, ...problems.items);
    if (key === undefined && sameBusiness(ctx, details) !== undefined) {
      throw wiseErrors(409, alreadyExists(`A business profile with registration number ${details.registrationNumber} already exists`));
    }
    if (pendingRepresentative !== undefined) representative = addRepresentative(store, pendingRepresentative);
    const contact =
      personal !== undefined && personal.type === "PERSONAL"
        ? { email: personal.contactEmail, phoneNumber: personal.contactPhone }
        : { email: representative?.email ?? user.email, phoneNumber: representative?.phoneNumber ?? "" };
    const actorEmail = optString(body, "actorEmail")?.trim();
    const profile = createBusinessProfile(store, user, details, { email: actorEmail || contact.email, phoneNumber: contact.phoneNumber }, ctx.now());
    if (representative !== undefined) store.profileWrites.representativeOf.set(profile.id, representative.id);
    const view = profileView(store, profile);
    return json(version === "v3" && representative !== undefined ? { ...view, businessRepresentative: representativeView(representative) } : view);
  });
}

/** A verified profile changes only while its update window is open. */
function checkUpdateWindow(ctx: Ctx, profile: PersonalProfileRecord | BusinessProfileRecord): void {
  if (isVerified(ctx.store, profile) && !updateWindowOpen(ctx.store, profile.id)) {
    throw wiseErrors(409, {
      code: "UPDATE_WINDOW_CLOSED",
      message: "This profile is verified: open its update window before changing its details",
      path: "",
      arguments: [],
    });
  }
}

export const profileWriteRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v2/profiles/personal-profile",
    handler: async (ctx) => {
      const body = await jsonBody(ctx);
      return once(ctx, async () => {
        const { details, problems } = readPersonal(body, ctx.now());
        if (problems.fail()) throw wiseErrors(422, ...problems.items);
        if (ctx.store.profilesOf(ctx.user.id).some((p) => p.type === "PERSONAL")) {
          throw wiseErrors(409, alreadyExists("You already have a personal profile; list your profiles with GET /v2/profiles"));
        }
        const profile = createPersonalProfile(ctx.store, ctx.user, details, ctx.now());
        return json(personalCreateView(profile, details, body));
      });
    },
  },
  { method: "POST", path: "/v2/profiles/business-profile", handler: (ctx) => createBusiness(ctx, "v2") },
  { method: "POST", path: "/v3/profiles/business-profile", handler: (ctx) => createBusiness(ctx, "v3") },
  {
    method: "PUT",
    path: "/v2/profiles/:profileId/personal-profile",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      if (profile.type !== "PERSONAL") throw notFound("Personal profile", "profileId", String(profile.id));
      const body = await jsonBody(ctx);
      const { details, problems } = readPersonal(body, ctx.now());
      if (problems.fail()) throw wiseErrors(422, ...problems.items);
      checkUpdateWindow(ctx, profile);
      updatePersonalProfile(ctx.store, profile, details, ctx.now());
      return json(profileView(ctx.store, profile));
    },
  },
  {
    method: "PUT",
    path: "/v2/profiles/:profileId/business-profile",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      if (profile.type !== "BUSINESS") throw notFound("Business profile", "profileId", String(profile.id));
      const body = await jsonBody(ctx);
      const id = optLong(body, "id");
      const { details, problems } = readBusiness(body, businessDetailsOf(ctx.store, profile));
      if (id === undefined) problems.add({ code: "MISSING", message: "id must not be blank", path: "id", arguments: ["id"] });
      else if (id !== profile.id) problems.add({ code: "NOT_VALID", message: "id must be the business profile id of the path", path: "id", arguments: ["id", String(id)] });
      if (problems.fail()) throw wiseErrors(422, ...problems.items);
      checkUpdateWindow(ctx, profile);
      updateBusinessProfile(ctx.store, profile, details, body.operationalAddresses !== undefined && body.operationalAddresses !== null, ctx.now());
      return json(profileView(ctx.store, profile));
    },
  },
];
