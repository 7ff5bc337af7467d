// GET /v4/spend/profiles/{profileId}/cards/transactions/{transactionId}: one card transaction,
//   with its debits and credits (the balance movements it made).
// GET /v4/spend/profiles/{profileId}/cards/{cardToken}/transactions: a card's transactions by
//   id, newest first, created between fromCreationTime and toCreationTime (both required),
//   pageSize 10 to 100 (20 by default), paged by `lastId` (ids below it); no debits or credits.
// Only the past 90 days can be read: an older transaction or range is 422, as Wise says.

import { profileFromPath } from "../../auth.js";
import { badRequest, json, notFound, wiseErrors } from "../../http.js";
import type { ProfileRecord } from "../../model.js";
import { parseInstant, queryInt, queryLong } from "../../params.js";
import type { Ctx, RouteDef } from "../../route.js";
import { cardFromPath } from "./card-access.js";
import type { CardTransactionRecord } from "./model.js";
import { cardTransactionView } from "./transaction-view.js";

/** How far back Wise lets a card's transactions be read. */
export const READABLE_DAYS = 90;
const READABLE_MS = READABLE_DAYS * 86_400_000;
const DEFAULT_PAGE_SIZE = 20;
const MIN_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 100;

function tooOld(path: string): Error {
  return wiseErrors(422, { code: "NOT_VALID", message: `Only card transactions of the past ${READABLE_DAYS} days can be read.`, path, arguments: [path] });
}

function requiredInstant(ctx: Ctx, name: string): number {
  const raw = ctx.query.get(name);
  if (raw === null || raw.trim() === "") throw badRequest(`Required request parameter '${name}' for method parameter type Instant is not present`);
  const ms = parseInstant(raw, { dateOnly: false, zoneRequired: true });
  if (ms === null) throw badRequest(`'${name}' should be a valid 'Instant'`);
  return ms;
}

function transactionFromPath(ctx: Ctx, profile: ProfileRecord): CardTransactionRecord {
  const raw = ctx.params.transactionId ?? "";
  if (!/^\d{1,16}$/.test(raw)) throw badRequest("'transactionId' should be a valid 'Long'");
  const tx = ctx.store.cards.transactions.get(Number(raw));
  if (tx === undefined || tx.profileId !== profile.id) throw notFound("Card transaction", "transactionId", raw);
  if (tx.creationMs < ctx.now() - READABLE_MS) throw tooOld("transactionId");
  return tx;
}

const lastDigitsOf = (ctx: Ctx, tx: CardTransactionRecord) => ctx.store.cards.cards.get(tx.cardToken)?.lastFourDigits ?? null;

export const cardTransactionRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v4/spend/profiles/:profileId/cards/transactions/:transactionId",
    handler: (ctx) => {
      const tx = transactionFromPath(ctx, profileFromPath(ctx));
      return json(cardTransactionView(tx, lastDigitsOf(ctx, tx), true));
    },
  },
  {
    method: "GET",
    path: "/v4/spend/profiles/:profileId/cards/:cardToken/transactions",
    handler: (ctx) => {
      const card = cardFromPath(ctx);
      const from = requiredInstant(ctx, "fromCreationTime");
      const to = requiredInstant(ctx, "toCreationTime");
      if (to < from) throw wiseErrors(400, { code: "NOT_VALID", message: "toCreationTime must not be before fromCreationTime.", path: "toCreationTime", arguments: [] });
      if (from < ctx.now() - READABLE_MS) throw tooOld("fromCreationTime");
      const size = queryInt(ctx, "pageSize") ?? DEFAULT_PAGE_SIZE;
      if (size < MIN_PAGE_SIZE) {
        throw wiseErrors(400, {
          code: "Min",
          message: `must be greater than or equal to ${MIN_PAGE_SIZE}`,
          path: "pageSize",
          arguments: ["pageSize", String(size), String(MIN_PAGE_SIZE)],
        });
      }
      if (size > MAX_PAGE_SIZE) {
        throw wiseErrors(400, {
          code: "Max",
          message: `must be less than or equal to ${MAX_PAGE_SIZE}`,
          path: "pageSize",
          arguments: ["pageSize", String(size), String(MAX_PAGE_SIZE)],
        });
      }
      const lastId = queryLong(ctx, "lastId");
      const page = ctx.store.cards
        .transactionsOfCard(card.token)
        .filter((t) => (lastId === undefined || t.id < lastId) && t.creationMs >= from && t.creationMs <= to)
        .sort((a, b) => b.id - a.id)
        .slice(0, size);
      return json({ transactions: page.map((t) => cardTransactionView(t, card.lastFourDigits, false)) });
    },
  },
];
