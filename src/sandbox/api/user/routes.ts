// The user group: GET /v1/me, GET /v1/users/{userId}, the contact email (user tokens; only the
// caller's own user, 403 for any other id), and the partner's POST /v1/user/signup/registration_code
// and POST /v1/users/exists (client-credentials tokens). Signup refuses a known email with Wise's
// documented 409 NOT_UNIQUE; a malformed email, a registration code under 32 characters or an
// unknown language are 422 NOT_VALID (the docs name the rules, not the answer).

import { jsonBody, optString } from "../../body.js";
import { json, wiseErrors, type WiseErrorItem } from "../../http.js";
import type { UserRecord } from "../../model.js";
import type { AnyRouteDef } from "../../route.js";
import { isEmail, ownUserFromPath } from "./users.js";
import { userView } from "./view.js";

const LANGUAGES = ["EN", "US", "PT", "ES", "FR", "DE", "IT", "JA", "RU", "PL", "HU", "TR", "RO", "NL", "HK"];
const MIN_REGISTRATION_CODE = 32;

const notValid = (path: string, message: string, value: string): WiseErrorItem => ({ code: "NOT_VALID", message, path, arguments: [path, value] });

export const userRoutes: AnyRouteDef[] = [
  {
    method: "GET",
    path: "/v1/me",
    handler: (ctx) => json(userView(ctx.store, ctx.user)),
  },
  {
    method: "GET",
    path: "/v1/users/:userId",
    handler: (ctx) => json(userView(ctx.store, ownUserFromPath(ctx))),
  },
  {
    method: "GET",
    path: "/v1/users/:userId/contact-email",
    handler: (ctx) => json({ email: ownUserFromPath(ctx).contactEmail ?? null }),
  },
  {
    method: "PUT",
    path: "/v1/users/:userId/contact-email",
    handler: async (ctx) => {
      const user = ownUserFromPath(ctx);
      const email = optString(await jsonBody(ctx), "email")?.trim() ?? "";
      if (!isEmail(email)) throw wiseErrors(422, notValid("email", "Please enter a valid email address.", email));
      user.contactEmail = email;
      ctx.store.touch();
      return json({ email });
    },
  },
  {
    method: "POST",
    path: "/v1/user/signup/registration_code",
    auth: "partner",
    handler: async (ctx) => {
      const body = await jsonBody(ctx);
      const email = optString(body, "email")?.trim() ?? "";
      const code = optString(body, "registrationCode") ?? "";
      const language = (optString(body, "language")?.trim() ?? "EN").toUpperCase();
      const errors: WiseErrorItem[] = [];
      if (!isEmail(email)) errors.push(notValid("email", "Please enter a valid email address.", email));
      if (code.length < MIN_REGISTRATION_CODE) errors.push(notValid("registrationCode", `Registration code must be at least ${MIN_REGISTRATION_CODE} characters long.`, ""));
      if (!LANGUAGES.includes(language)) errors.push(notValid("language", `Language must be one of ${LANGUAGES.join(", ")}.`, language));
      if (errors.length > 0) throw wiseErrors(422, ...errors);
      const { store } = ctx;
      if ([...store.users.values()].some((u) => u.email.toLowerCase() === email.toLowerCase())) {
        throw wiseErrors(409, {
          code: "NOT_UNIQUE",
          message: "You’re already a member. Please login",
          path: "email",
          arguments: ["email", "class com.transferwise.fx.api.ApiRegisterCommand", email],
        });
      }
      const id = store.nextId("user");
      const user: UserRecord = {
        id,
        name: `user-${id}`,
        token: "",
        email,
        personalProfileId: 0,
        businessProfileId: 0,
        // The same demo factors as every seeded user; no profile yet, so nothing to gate.
        pin: "1234",
        otp: "111111",
        scaGated: false,
        registration: { clientId: ctx.client.id, code, language, createdMs: ctx.now() },
      };
      store.users.set(id, user);
      store.touch();
      return json(userView(store, user));
    },
  },
  {
    method: "POST",
    path: "/v1/users/exists",
    auth: "partner",
    handler: async (ctx) => {
      const email =
        optString(await jsonBody(ctx), "email")
          ?.trim()
          .toLowerCase() ?? "";
      if (!isEmail(email)) throw wiseErrors(422, notValid("email", "Please enter a valid email address.", email));
      return json({ exists: [...ctx.store.users.values()].some((u) => u.email.toLowerCase() === email) });
    },
  },
];
