// A card's wallet tokens (digital-wallet tag): the list, and the partner's approval of a card
// a cardholder typed into a wallet by hand.
//   POST /v3/spend/profiles/{profileId}/cards/{cardToken}/payment-tokens {walletNames?} -> {paymentTokens} (never DEACTIVATED)
//   POST …/payment-tokens/{paymentTokenUniqueReference}/activation {activation: APPROVE|DECLINE} -> 204
// Activation turns an INACTIVE token ACTIVE (APPROVE) or DEACTIVATED (DECLINE); approving an
// ACTIVE token again changes nothing; any other state is refused (400).

import { isObject, jsonBody } from "../../body.js";
import { isoMicros } from "../../format.js";
import { badRequest, HttpError, json } from "../../http.js";
import type { Ctx, RouteDef } from "../../route.js";
import { cardFromPath } from "../card/card-access.js";
import { WALLET_NAMES, type PaymentTokenRecord, type WalletName } from "./state.js";

export function paymentTokenView(token: PaymentTokenRecord): unknown {
  return {
    cardToken: token.cardToken,
    walletName: token.walletName,
    paymentTokenUniqueReference: token.paymentTokenUniqueReference,
    panUniqueReference: token.panUniqueReference,
    provisioningStatus: token.provisioningStatus,
    creationTime: isoMicros(token.creationMs * 1000),
    modificationTime: isoMicros(token.modificationMs * 1000),
  };
}

/** The problem body of the activation call, as its spec shows it (status as a string). */
function problem(ctx: Ctx, status: number, title: string, detail: string, code: string): HttpError {
  return new HttpError(
    status,
    { type: "/errors/types/domain", title, status: String(status), detail, instance: `/public${ctx.path}`, code },
    { "content-type": "application/problem+json" },
  );
}

function validation(ctx: Ctx, detail: string, ref: string): HttpError {
  return new HttpError(
    400,
    { type: "/errors/types/validation", title: "Validation Error", status: "400", instance: `/public${ctx.path}`, errors: [{ detail, code: "invalid_value", ref }] },
    { "content-type": "application/problem+json" },
  );
}

export const paymentTokenRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v3/spend/profiles/:profileId/cards/:cardToken/payment-tokens",
    handler: async (ctx) => {
      const card = cardFromPath(ctx);
      const body = await jsonBody(ctx);
      const names = body.walletNames;
      let wallets: readonly WalletName[] = WALLET_NAMES;
      if (names !== undefined && names !== null) {
        if (!Array.isArray(names) || names.some((n) => typeof n !== "string" || !(WALLET_NAMES as readonly string[]).includes(n))) {
          throw badRequest(`JSON parse error: 'walletNames' must list ${WALLET_NAMES.join(", ")}`);
        }
        if (names.length > 0) wallets = names as WalletName[];
      }
      const tokens = ctx.store.cardSecure.tokensOf(card.token).filter((t) => t.provisioningStatus !== "DEACTIVATED" && wallets.includes(t.walletName));
      return json({ paymentTokens: tokens.map(paymentTokenView) });
    },
  },
  {
    method: "POST",
    path: "/v3/spend/profiles/:profileId/cards/:cardToken/payment-tokens/:paymentTokenUniqueReference/activation",
    handler: async (ctx) => {
      const card = cardFromPath(ctx);
      const body = await jsonBody(ctx);
      const activation = isObject(body) ? body.activation : undefined;
      if (activation !== "APPROVE" && activation !== "DECLINE") throw validation(ctx, "activation value must be APPROVE or DECLINE", "activation");
      const reference = ctx.params.paymentTokenUniqueReference ?? "";
      const token = ctx.store.cardSecure.tokensOf(card.token).find((t) => t.paymentTokenUniqueReference === reference);
      if (token === undefined || token.provisioningStatus === "DEACTIVATED")
        throw problem(ctx, 404, "Not found", "Payment Token Unique Reference does not exist", "resource_not_found");
      if (token.provisioningStatus === "ACTIVE" && activation === "APPROVE") return { status: 204, body: "" };
      if (token.provisioningStatus !== "INACTIVE") {
        throw problem(
          ctx,
          400,
          "Bad Request",
          `The payment token is ${token.provisioningStatus}: only a token waiting for activation (INACTIVE) can be approved or declined.`,
          "invalid_state",
        );
      }
      token.provisioningStatus = activation === "APPROVE" ? "ACTIVE" : "DEACTIVATED";
      token.modificationMs = ctx.now();
      return { status: 204, body: "" };
    },
  },
];
