// Direct debit accounts: the external bank account Wise pulls money from to fund a batch group
// (POST /v3/profiles/{profileId}/batch-groups/{id}/payments {type: DIRECT_DEBIT, accountId}).
//   POST /v1/profiles/{profileId}/direct-debit-accounts {currency, type, details} answers 200 with
//        the account. ACH goes with USD and a 9-digit ABA routing number (its checksum holds);
//        EFT with CAD and an institution + transit number (8 digits, or 9 with a leading 0).
//        Bad bodies answer 422 with every problem and create nothing. The same bank account
//        registered again for the profile answers the account it already has (one per account).
//   GET  /v1/profiles/{profileId}/direct-debit-accounts?type=&currency= lists them; both
//        parameters are required, as the spec says.

import { profileFromPath } from "../../auth.js";
import { isObject, jsonBody, optString } from "../../body.js";
import { badRequest, json, wiseErrors, type WiseErrorItem } from "../../http.js";
import type { RouteDef } from "../../route.js";
import type { Store } from "../../store.js";
import type { BankAccountType, DirectDebitAccountRecord, DirectDebitType } from "./state.js";

const CURRENCY_OF: Readonly<Record<DirectDebitType, string>> = { ACH: "USD", EFT: "CAD" };
const ACCOUNT_TYPES: readonly BankAccountType[] = ["CHECKING", "SAVINGS"];

/** The ABA checksum: 3, 7, 1 weights over the nine digits sum to a multiple of 10. */
function abaChecksumHolds(routing: string): boolean {
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return [...routing].reduce((sum, digit, i) => sum + Number(digit) * weights[i]!, 0) % 10 === 0;
}

function routingProblem(type: DirectDebitType, routing: string): string | null {
  if (type === "ACH") {
    if (!/^\d{9}$/.test(routing)) return "An ACH routing number has 9 digits.";
    return abaChecksumHolds(routing) ? null : "This is not a valid ABA routing number.";
  }
  return /^0?\d{8}$/.test(routing) ? null : "An EFT routing number is the 3-digit institution number followed by the 5-digit transit number.";
}

function accountProblem(type: DirectDebitType, account: string): string | null {
  if (type === "ACH") return /^\d{4,17}$/.test(account) ? null : "A US account number has 4 to 17 digits.";
  return /^\d{7,12}$/.test(account) ? null : "A Canadian account number has 7 to 12 digits.";
}

/** The profile's direct debit account with this id (what a DIRECT_DEBIT payment's accountId names), if it has one. */
export function directDebitAccountOf(store: Store, profileId: number, accountId: number): DirectDebitAccountRecord | undefined {
  const account = store.funding.directDebitAccounts.get(accountId);
  return account?.profileId === profileId ? account : undefined;
}

export function directDebitAccountView(a: DirectDebitAccountRecord) {
  return { id: a.id, currency: a.currency, type: a.type, details: { ...a.details } };
}

export const directDebitRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v1/profiles/:profileId/direct-debit-accounts",
    handler: (ctx) => {
      const type = ctx.query.get("type");
      const currency = ctx.query.get("currency");
      if (type === null || type === "") throw badRequest("Required request parameter 'type' for method parameter type DirectDebitAccountType is not present");
      if (type !== "ACH" && type !== "EFT") throw badRequest("'type' should be a valid 'DirectDebitAccountType'");
      if (currency === null || currency === "") throw badRequest("Required request parameter 'currency' for method parameter type String is not present");
      const profile = profileFromPath(ctx);
      const accounts = [...ctx.store.funding.directDebitAccounts.values()].filter((a) => a.profileId === profile.id && a.type === type && a.currency === currency.toUpperCase());
      return json(accounts.map(directDebitAccountView));
    },
  },
  {
    method: "POST",
    path: "/v1/profiles/:profileId/direct-debit-accounts",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const body = await jsonBody(ctx);
      const errors: WiseErrorItem[] = [];
      const problem = (path: string, message: string, value?: string) =>
        errors.push(value === undefined ? { code: "NotNull", message, path, arguments: [] } : { code: "NOT_VALID", message, path, arguments: [path, value] });
      const type = optString(body, "type");
      const currency = optString(body, "currency")?.trim().toUpperCase();
      const details = isObject(body.details) ? body.details : {};
      const routingNumber = optString(details, "routingNumber")?.trim();
      const accountNumber = optString(details, "accountNumber")?.trim();
      const accountType = optString(details, "accountType");
      if (type === undefined) problem("type", "must not be null");
      else if (type !== "ACH" && type !== "EFT") problem("type", "type must be ACH or EFT", type);
      if (currency === undefined) problem("currency", "must not be null");
      const knownType = type === "ACH" || type === "EFT" ? type : undefined;
      if (knownType !== undefined && currency !== undefined && currency !== CURRENCY_OF[knownType]) {
        problem("currency", `${knownType} direct debits are in ${CURRENCY_OF[knownType]}.`, currency);
      }
      if (routingNumber === undefined || routingNumber === "") problem("details.routingNumber", "must not be null");
      else if (knownType !== undefined) {
        const why = routingProblem(knownType, routingNumber);
        if (why !== null) problem("details.routingNumber", why, routingNumber);
      }
      if (accountNumber === undefined || accountNumber === "") problem("details.accountNumber", "must not be null");
      else if (knownType !== undefined) {
        const why = accountProblem(knownType, accountNumber);
        if (why !== null) problem("details.accountNumber", why, accountNumber);
      }
      if (accountType === undefined) problem("details.accountType", "must not be null");
      else if (!(ACCOUNT_TYPES as readonly string[]).includes(accountType)) problem("details.accountType", "accountType must be CHECKING or SAVINGS", accountType);
      if (errors.length > 0 || knownType === undefined || currency === undefined || routingNumber === undefined || accountNumber === undefined) {
        throw wiseErrors(422, ...errors);
      }
      const funding = ctx.store.funding;
      const same = [...funding.directDebitAccounts.values()].find(
        (a) => a.profileId === profile.id && a.type === knownType && a.details.routingNumber === routingNumber && a.details.accountNumber === accountNumber,
      );
      if (same !== undefined) return json(directDebitAccountView(same));
      const record: DirectDebitAccountRecord = {
        id: funding.directDebitAccountId(),
        profileId: profile.id,
        currency,
        type: knownType,
        details: { routingNumber, accountNumber, accountType: accountType as BankAccountType },
      };
      funding.directDebitAccounts.set(record.id, record);
      ctx.store.touch();
      return json(directDebitAccountView(record));
    },
  },
];
