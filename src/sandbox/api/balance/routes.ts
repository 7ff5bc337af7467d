// GET /v4/profiles/{profileId}/balances?types=STANDARD[,SAVINGS] and
// GET /v4/profiles/{profileId}/balances/{balanceId}. `types` is required, as in Wise.
// POST /v4/profiles/{profileId}/balances (header X-idempotence-uuid required): 201 with the
// new balance; one STANDARD balance per currency (422 balance.already-exists), SAVINGS jars
// need a name; the same X-idempotence-uuid replays the first response (no second balance).
// DELETE /v4/profiles/{profileId}/balances/{balanceId}: 204 without a body (as the OAS says;
// the prose docs say it returns the balance); only empty balances (422 balance.not-empty).

import Big from "big.js";
import { profileFromPath } from "../../auth.js";
import { jsonBody, optString } from "../../body.js";
import { badRequest, notFound, rawJson, toJson, wiseErrors, type Reply, type WiseErrorItem } from "../../http.js";
import type { BalanceRecord, BalanceType } from "../../model.js";
import { pathLong } from "../../params.js";
import type { Ctx, RouteDef } from "../../route.js";
import { currencyScale } from "../../reference/currencies.js";
import { balanceView } from "./view.js";
import { idempotenceKey } from "./movements.js";

const TYPES: readonly BalanceType[] = ["STANDARD", "SAVINGS"];

function parseTypes(raw: string | null): Set<BalanceType> {
  if (raw === null || raw.trim() === "") {
    throw badRequest("Required request parameter 'types' for method parameter type List is not present");
  }
  const types = new Set<BalanceType>();
  for (const part of raw.split(",")) {
    const t = part.trim();
    if (!(TYPES as readonly string[]).includes(t)) throw badRequest("'types' should be a valid 'List'");
    types.add(t as BalanceType);
  }
  return types;
}

export const balanceRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v4/profiles/:profileId/balances",
    handler: (ctx) => {
      // Spring binds (and rejects) request parameters before the access check runs.
      const types = parseTypes(ctx.query.get("types"));
      const profile = profileFromPath(ctx);
      const key = `balances:${profile.id}:${[...types].sort().join(",")}`;
      return rawJson(
        ctx.store.cached(key, () =>
          toJson(
            ctx.store
              .balancesOf(profile.id)
              .filter((b) => types.has(b.type))
              .map(balanceView),
          ),
        ),
      );
    },
  },
  {
    method: "GET",
    path: "/v4/profiles/:profileId/balances/:balanceId",
    handler: (ctx) => {
      const balance = balanceFromPath(ctx);
      return rawJson(ctx.store.cached(`balance:${balance.id}`, () => toJson(balanceView(balance))));
    },
  },
  {
    method: "POST",
    path: "/v4/profiles/:profileId/balances",
    handler: async (ctx) => createBalance(ctx),
  },
  {
    method: "DELETE",
    path: "/v4/profiles/:profileId/balances/:balanceId",
    handler: (ctx) => {
      const balance = balanceFromPath(ctx);
      const empty = [balance.amount, balance.reservedAmount, balance.cashAmount, balance.totalWorth].every((v) => new Big(v).eq(0));
      if (!empty) {
        throw wiseErrors(422, {
          code: "balance.not-empty",
          message: "Only an empty balance can be closed: move or spend the money first.",
          path: "balanceId",
          arguments: ["balanceId", String(balance.id)],
        });
      }
      ctx.store.balances.delete(balance.id);
      ctx.store.touch();
      return { status: 204, body: "" };
    },
  },
];

async function createBalance(ctx: Ctx): Promise<Reply> {
  const key = idempotenceKey(ctx);
  const profile = profileFromPath(ctx);
  const body = await jsonBody(ctx);
  const replayKey = `balance:${profile.id}:${key}`;
  const replay = ctx.store.replays.get(replayKey);
  if (replay !== undefined) return { ...replay };

  const errors: WiseErrorItem[] = [];
  const currency = optString(body, "currency")?.trim().toUpperCase();
  const type = optString(body, "type")?.trim().toUpperCase();
  const name = optString(body, "name")?.trim();
  if (currency === undefined) errors.push({ code: "NotNull", message: "must not be null", path: "currency", arguments: [] });
  else if (!ctx.store.currencies.some((c) => c.code === currency)) {
    errors.push({ code: "CurrencyCode", message: "That wasn't a valid ISO-4217 currency code (like GBP, USD or EUR).", path: "currency", arguments: [] });
  }
  if (type === undefined) errors.push({ code: "NotNull", message: "must not be null", path: "type", arguments: [] });
  else if (!(TYPES as readonly string[]).includes(type)) errors.push({ code: "NOT_VALID", message: "type must be STANDARD or SAVINGS", path: "type", arguments: ["type", type] });
  if (type === "SAVINGS" && (name === undefined || name === "")) {
    errors.push({ code: "NotBlank", message: "A name is required for SAVINGS balances.", path: "name", arguments: [] });
  }
  if (errors.length > 0 || currency === undefined || type === undefined) throw wiseErrors(400, ...errors);
  if (type === "STANDARD" && ctx.store.balancesOf(profile.id).some((b) => b.type === "STANDARD" && b.currency === currency)) {
    throw wiseErrors(422, {
      code: "balance.already-exists",
      message: `There is already a ${currency} balance; only SAVINGS jars can repeat a currency.`,
      path: "currency",
      arguments: ["currency", currency],
    });
  }
  const now = ctx.now();
  const zero = new Big(0).toFixed(currencyScale(currency));
  const balance: BalanceRecord = {
    id: ctx.store.nextId("balance"),
    profileId: profile.id,
    currency,
    type: type as BalanceType,
    name: type === "SAVINGS" ? (name ?? null) : null,
    icon: null,
    investmentState: "NOT_INVESTED",
    amount: zero,
    reservedAmount: zero,
    cashAmount: zero,
    totalWorth: zero,
    createdUs: now * 1000,
    modifiedUs: now * 1000,
    visible: true,
    primary: type === "STANDARD",
    groupId: null,
    recipientId: type === "STANDARD" ? ctx.store.nextId("selfRecipient") : null,
  };
  ctx.store.balances.set(balance.id, balance);
  ctx.store.touch();
  const reply = { status: 201, body: toJson(balanceView(balance)) };
  ctx.store.replays.set(replayKey, reply);
  return { ...reply };
}

/** The balance named in the path, under the profile named in the path (another profile's is not found). */
function balanceFromPath(ctx: Ctx) {
  const profile = profileFromPath(ctx);
  const id = pathLong(ctx, "balanceId");
  const balance = ctx.store.balances.get(id);
  if (balance === undefined || balance.profileId !== profile.id) throw notFound("Balance", "balanceId", String(id));
  return balance;
}
