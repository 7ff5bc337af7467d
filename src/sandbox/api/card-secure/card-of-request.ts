// The card (or card order) a twcard-data call names in its header, as the caller may use it.

import { isUuid } from "../../body.js";
import { badRequest, forbidden, HttpError, notFound, wiseErrors } from "../../http.js";
import type { Ctx } from "../../route.js";
import type { CardOrderRecord, CardRecord, CardStatus } from "../card/model.js";

export const CARD_TOKEN_HEADER = "x-tw-twcard-card-token";
export const ORDER_ID_HEADER = "x-tw-twcard-order-id";

function header(ctx: Ctx, name: string): string {
  const raw = ctx.req.headers[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!value) throw badRequest(`Required request header '${name}' is not present`);
  return value;
}

/** The caller's card named by x-tw-twcard-card-token: 400 malformed, 404 unknown, 403 someone else's. */
export function cardOfRequest(ctx: Ctx): CardRecord {
  const token = header(ctx, CARD_TOKEN_HEADER);
  if (!isUuid(token)) throw badRequest(`'${CARD_TOKEN_HEADER}' should be a valid 'UUID'`);
  const card = ctx.store.cards.cards.get(token.toLowerCase());
  if (card === undefined) throw notFound("Card", CARD_TOKEN_HEADER, token);
  if (card.userId !== ctx.user.id) throw forbidden(ctx.path);
  return card;
}

/** 403 unless the card is in one of `allowed` (card data is kept only for live cards). */
export function requireStatus(ctx: Ctx, card: CardRecord, allowed: readonly CardStatus[]): void {
  if (allowed.includes(card.status)) return;
  throw new HttpError(403, {
    errors: [
      {
        code: "card.status.not.allowed",
        message: `The card is ${card.status}: this needs a card that is ${allowed.join(" or ")}.`,
        path: CARD_TOKEN_HEADER,
        arguments: [card.status],
      },
    ],
  });
}

/** The caller's card order named by x-tw-twcard-order-id. */
export function orderOfRequest(ctx: Ctx): CardOrderRecord {
  const raw = header(ctx, ORDER_ID_HEADER);
  if (!/^\d{1,15}$/.test(raw)) throw badRequest(`'${ORDER_ID_HEADER}' should be a valid 'Long'`);
  const order = ctx.store.cards.orders.get(Number(raw));
  if (order === undefined) throw notFound("CardOrder", ORDER_ID_HEADER, raw);
  if (order.userId !== ctx.user.id) throw forbidden(ctx.path);
  return order;
}

/** 400 NotNull for a required body field. */
export function missing(field: string): HttpError {
  return wiseErrors(400, { code: "NotNull", message: "must not be null", path: field, arguments: [] });
}
