// The user-security phone numbers Wise has not deprecated: POST and DELETE
// /v1/application/users/{userId}/phone-numbers[/{phoneNumberId}], client-credentials tokens
// only, for users the calling client manages (404 otherwise). A number already on any account
// is 422 `phone.number.repeated` with that account's email masked (as documented); a number that
// is not in international form (+ and 7 to 15 digits) is 422 NOT_VALID.

import { jsonBody, optString } from "../../body.js";
import { json, notFound, wiseErrors } from "../../http.js";
import { pathLong } from "../../params.js";
import type { PartnerRouteDef } from "../../route.js";
import { managedUserFromPath } from "../user/users.js";

const PHONE = /^\+[1-9]\d{6,14}$/;

const maskEmail = (email: string) => `****@${email.split("@")[1] ?? ""}`;

export const phoneNumberRoutes: PartnerRouteDef[] = [
  {
    method: "POST",
    path: "/v1/application/users/:userId/phone-numbers",
    auth: "partner",
    handler: async (ctx) => {
      const user = managedUserFromPath(ctx);
      const phoneNumber = optString(await jsonBody(ctx), "phoneNumber")?.replace(/[\s-]/g, "") ?? "";
      if (!PHONE.test(phoneNumber)) {
        throw wiseErrors(422, { code: "NOT_VALID", message: "Please enter a valid phone number.", path: "phoneNumber", arguments: ["phoneNumber", phoneNumber] });
      }
      const { store } = ctx;
      const taken = [...store.phoneNumbers.values()].find((p) => p.phoneNumber === phoneNumber);
      if (taken !== undefined) {
        const owner = store.users.get(taken.userId);
        throw wiseErrors(422, { code: "phone.number.repeated", message: `It's linked to an account with the email ${maskEmail(owner?.email ?? "")}` });
      }
      const record = { id: store.nextId("phoneNumber"), userId: user.id, phoneNumber, clientId: ctx.client.id };
      store.phoneNumbers.set(record.id, record);
      store.touch();
      return json({ id: record.id, phoneNumber, type: "PRIMARY", verified: true, clientId: record.clientId });
    },
  },
  {
    method: "DELETE",
    path: "/v1/application/users/:userId/phone-numbers/:phoneNumberId",
    auth: "partner",
    handler: (ctx) => {
      const user = managedUserFromPath(ctx);
      const id = pathLong(ctx, "phoneNumberId");
      const record = ctx.store.phoneNumbers.get(id);
      if (record === undefined || record.userId !== user.id) throw notFound("Phone number", "phoneNumberId", String(id));
      ctx.store.phoneNumbers.delete(id);
      ctx.store.touch();
      return { status: 204, body: "" };
    },
  },
];
