// The business representative (v3, beta): GET and PUT
// /v3/profiles/{profileId}/business-profile/business-representative. A business made through
// v3 names its representative; any other business (seeded, or made through v2 after a personal
// profile) is represented by its owner's personal profile, taken as its representative the first
// time it is asked for. PUT with UPDATE_DETAILS changes the fields given (for every business the
// representative acts for); TRANSFER_OF_AUTHORISATION hands this business to a new person, all
// of whose fields are required.

import { profileFromPath } from "../../auth.js";
import { jsonBody, optString } from "../../body.js";
import { json, notFound, wiseErrors } from "../../http.js";
import type { BusinessProfileRecord, ProfileRecord } from "../../model.js";
import type { Ctx, RouteDef } from "../../route.js";
import type { Store } from "../../store.js";
import { missing, notValid, Problems, readRepresentative, readRepresentativeChanges, type RepresentativeDetails } from "./profile-body.js";
import { profileAddressOf } from "./profile-records.js";
import type { RepresentativeRecord } from "./write-state.js";

const UPDATE_CONTEXTS = ["UPDATE_DETAILS", "TRANSFER_OF_AUTHORISATION"] as const;

/** A new representative from its fields; returns it. */
export function addRepresentative(store: Store, details: RepresentativeDetails): RepresentativeRecord {
  const record = { id: store.nextId("representative"), ...recordFields(details) } as RepresentativeRecord;
  store.profileWrites.representatives.set(record.id, record);
  return record;
}

function recordFields(details: Partial<RepresentativeDetails>): Partial<Omit<RepresentativeRecord, "id">> {
  const { address, ...rest } = details;
  return {
    ...rest,
    ...(address === undefined
      ? {}
      : {
          address: {
            addressFirstLine: address.addressFirstLine,
            city: address.city,
            countryIso3Code: address.countryIso3,
            postCode: address.postCode,
            stateCode: address.stateCode,
          },
        }),
  } as Partial<Omit<RepresentativeRecord, "id">>;
}

/** The business's representative; for a business without one, its owner's personal profile becomes it. */
export function representativeOf(store: Store, business: BusinessProfileRecord): RepresentativeRecord | undefined {
  const linked = store.profileWrites.representativeOf.get(business.id);
  if (linked !== undefined) return store.profileWrites.representatives.get(linked);
  const owner = store.users.get(business.userId);
  const personal = owner === undefined ? undefined : store.profiles.get(owner.personalProfileId);
  if (personal === undefined || personal.type !== "PERSONAL") return undefined;
  const address = store.addresses.get(personal.addressId);
  if (address === undefined) return undefined;
  const record = addRepresentative(store, {
    firstName: personal.firstName,
    lastName: personal.lastName,
    preferredName: personal.preferredName === "" ? null : personal.preferredName,
    dateOfBirth: personal.dateOfBirth,
    address: profileAddressOf(address),
    email: personal.contactEmail,
    phoneNumber: personal.contactPhone,
  });
  store.profileWrites.representativeOf.set(business.id, record.id);
  return record;
}

/** Whether the representative acts for one of this user's businesses (so the user may name it again). */
export function representativeOfUser(store: Store, userId: number, representativeId: number): RepresentativeRecord | undefined {
  for (const [profileId, id] of store.profileWrites.representativeOf) {
    if (id === representativeId && store.profiles.get(profileId)?.userId === userId) return store.profileWrites.representatives.get(id);
  }
  return undefined;
}

export function representativeView(r: RepresentativeRecord) {
  return {
    businessRepresentativeId: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    ...(r.preferredName === null ? {} : { preferredName: r.preferredName }),
    address: {
      addressFirstLine: r.address.addressFirstLine,
      city: r.address.city,
      countryIso3Code: r.address.countryIso3Code,
      ...(r.address.postCode === null ? {} : { postCode: r.address.postCode }),
      ...(r.address.stateCode === null ? {} : { stateCode: r.address.stateCode }),
    },
    dateOfBirth: r.dateOfBirth,
    contactDetails: { email: r.email, phoneNumber: r.phoneNumber },
  };
}

/** The path's profile, which must be a business (a personal one has no representative: 404). */
function businessFromPath(ctx: Ctx): BusinessProfileRecord {
  const profile: ProfileRecord = profileFromPath(ctx);
  if (profile.type !== "BUSINESS") throw notFound("Business profile", "profileId", String(profile.id));
  return profile;
}

function representativeOrNotFound(ctx: Ctx, business: BusinessProfileRecord): RepresentativeRecord {
  const record = representativeOf(ctx.store, business);
  if (record === undefined) throw notFound("Business representative", "profileId", String(business.id));
  return record;
}

export const representativeRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v3/profiles/:profileId/business-profile/business-representative",
    handler: (ctx) => json(representativeView(representativeOrNotFound(ctx, businessFromPath(ctx)))),
  },
  {
    method: "PUT",
    path: "/v3/profiles/:profileId/business-profile/business-representative",
    handler: async (ctx) => {
      const business = businessFromPath(ctx);
      const body = await jsonBody(ctx);
      const context = optString(body, "updateContext")?.trim() ?? "";
      optString(body, "actorEmail");
      if (context === "") throw wiseErrors(422, missing("updateContext"));
      if (!(UPDATE_CONTEXTS as readonly string[]).includes(context)) {
        throw wiseErrors(422, notValid("updateContext", `updateContext must be one of ${UPDATE_CONTEXTS.join(", ")}`, context));
      }
      const problems = new Problems();
      const { store } = ctx;
      if (context === "TRANSFER_OF_AUTHORISATION") {
        const details = readRepresentative(body, "", problems, ctx.now());
        if (problems.fail()) throw wiseErrors(422, ...problems.items);
        const record = addRepresentative(store, details);
        store.profileWrites.representativeOf.set(business.id, record.id);
        store.touch();
        return json(representativeView(record));
      }
      const changes = readRepresentativeChanges(body, problems, ctx.now());
      if (problems.fail()) throw wiseErrors(422, ...problems.items);
      if (Object.keys(changes).length === 0) throw wiseErrors(422, { code: "MISSING", message: "Give at least one detail to change", path: "", arguments: [] });
      const record = representativeOrNotFound(ctx, business);
      Object.assign(record, recordFields(changes));
      store.touch();
      return json(representativeView(record));
    },
  },
];
