// GET /v4/profiles/{profileId}/balances?types=STANDARD[,SAVINGS] and
// GET /v4/profiles/{profileId}/balances/{balanceId}. `types` is required, as in Wise.

import { profileFromPath } from "../auth.js";
import { badRequest, notFound, rawJson, toJson } from "../http.js";
import type { BalanceType } from "../model.js";
import { pathLong } from "../params.js";
import type { RouteDef } from "../route.js";
import { balanceView } from "../views/balances.js";

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
      const profile = profileFromPath(ctx);
      const id = pathLong(ctx, "balanceId");
      const balance = ctx.store.balances.get(id);
      // Another profile's balance is simply not found under this profile.
      if (balance === undefined || balance.profileId !== profile.id) throw notFound("Balance", "balanceId", String(id));
      return rawJson(ctx.store.cached(`balance:${balance.id}`, () => toJson(balanceView(balance))));
    },
  },
];
