// Recipient name checks (Wise's "confirmations"), and PATCH /v2/accounts/{accountId}/confirmations.
//
// Wise checks a recipient's name with their bank for a few currencies only; its sandbox runs no
// such check (the recorded EUR recipients carry `confirmations: null`). This sandbox runs one for
// new INR, KRW and IDR recipients, with a rule a test can steer: the bank holds the holder's name
// with each word capitalised ("Priya Sharma"). A name given exactly so is a SUCCESS; any other
// spelling ("priya SHARMA") is a PARTIAL_FAILURE that names the bank's spelling and must be
// accepted before the recipient can be paid (transfer creation and the compatibility check
// refuse it until then). EUR recipients keep `confirmations: null`, as recorded.
//
// PATCH ?quoteId= with {"acceptedOutcomes": true}: records the sender's acceptance and answers the
// recipient (v2 shape). 400 for a body without a boolean acceptedOutcomes or a malformed quoteId;
// 422 when there is nothing to accept, when acceptedOutcomes is false, or when the check ran for a
// quote and quoteId does not name it. Accepting again changes nothing.

import { isUuid, jsonBody, optBoolean } from "../../body.js";
import { isoMillis } from "../../format.js";
import { badRequest, json, wiseErrors, type WiseErrorItem } from "../../http.js";
import type { RecipientConfirmations, RecipientRecord } from "../../model.js";
import { pathLong } from "../../params.js";
import type { RouteDef } from "../../route.js";
import { recipientOf } from "./routes.js";
import { recipientV2View } from "./view.js";

/** Currencies whose recipients this sandbox checks with "their bank" (Wise also checks EUR in production). */
export const NAME_CHECKED_CURRENCIES: ReadonlySet<string> = new Set(["INR", "KRW", "IDR"]);

/** The name as the sandbox's bank holds it: each word capitalised, single spaces. */
export function bankSpelling(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join(" ");
}

/** The name check of a new recipient, or null where none runs. */
export function nameCheck(recipient: RecipientRecord, nowMs: number): RecipientConfirmations | null {
  if (!NAME_CHECKED_CURRENCIES.has(recipient.currency)) return null;
  const provided = recipient.accountHolderName;
  const resolved = bankSpelling(provided);
  const match = provided === resolved;
  return {
    acceptedOutcomes: false,
    acceptedAtMs: null,
    quoteId: null,
    outcomes: [
      {
        type: "NAME_MATCHING",
        timestampMs: nowMs,
        outcome: match ? "SUCCESS" : "PARTIAL_FAILURE",
        requiresCustomerAcceptance: !match,
        fieldsChecked: ["name/fullName", "details/accountNumber"],
        providedName: provided,
        resolvedName: resolved,
        message: match ? "The name matches the name on the account." : "The name entered is slightly different to the name on the account.",
        recommendedUpdates: match ? [] : [{ path: "name/fullName", value: resolved }],
      },
    ],
  };
}

/** Whether the recipient waits for the sender to accept its name check before it can be paid. */
export function awaitsAcceptance(recipient: RecipientRecord): boolean {
  const c = recipient.confirmations;
  return c !== null && c !== undefined && !c.acceptedOutcomes && c.outcomes.some((o) => o.requiresCustomerAcceptance);
}

/** The `confirmations` JSON of a recipient (v1 and v2), or null where no check ran. */
export function confirmationsView(recipient: RecipientRecord) {
  const c = recipient.confirmations;
  if (c === null || c === undefined) return null;
  return {
    acceptedOutcomes: c.acceptedOutcomes,
    acceptedAt: c.acceptedAtMs === null ? null : isoMillis(c.acceptedAtMs),
    quoteId: c.quoteId,
    outcomes: c.outcomes.map((o) => ({
      type: o.type,
      timestamp: isoMillis(o.timestampMs),
      outcome: o.outcome,
      requiresCustomerAcceptance: o.requiresCustomerAcceptance,
      fieldsChecked: [...o.fieldsChecked],
      ...(o.providedName === null ? {} : { providedName: o.providedName }),
      ...(o.resolvedName === null ? {} : { resolvedName: o.resolvedName }),
      message: o.message,
      recommendedUpdates: o.recommendedUpdates.map((u) => ({ ...u })),
    })),
  };
}

const notValid = (path: string, message: string, value: string): WiseErrorItem => ({ code: "NOT_VALID", message, path, arguments: [path, value] });

export const confirmationRoutes: RouteDef[] = [
  {
    method: "PATCH",
    path: "/v2/accounts/:accountId/confirmations",
    handler: async (ctx) => {
      const recipient = recipientOf(ctx, pathLong(ctx, "accountId"));
      const quoteId = ctx.query.get("quoteId");
      if (quoteId !== null && !isUuid(quoteId)) throw badRequest("'quoteId' should be a valid 'UUID'");
      const accepted = optBoolean(await jsonBody(ctx), "acceptedOutcomes");
      if (accepted === undefined) throw wiseErrors(400, { code: "NotNull", message: "must not be null", path: "acceptedOutcomes", arguments: [] });
      const id = String(recipient.id);
      const c = recipient.confirmations;
      if (c === null || c === undefined) throw wiseErrors(422, notValid("accountId", "This recipient has no confirmation outcomes to accept.", id));
      if (!accepted) throw wiseErrors(422, notValid("acceptedOutcomes", "Only true accepts the confirmation outcomes.", "false"));
      if (c.quoteId !== null && quoteId?.toLowerCase() !== c.quoteId) {
        throw wiseErrors(422, notValid("quoteId", "The confirmation was checked for a quote: name that quote.", quoteId ?? ""));
      }
      if (!c.acceptedOutcomes) {
        c.acceptedOutcomes = true;
        c.acceptedAtMs = ctx.now();
        ctx.store.touch();
      }
      return json(recipientV2View(recipient));
    },
  },
];
