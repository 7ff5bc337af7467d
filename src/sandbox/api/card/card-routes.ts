// Wise's card group: GET /v3/spend/profiles/{profileId}/cards (pageNumber from 1, pageSize 10 to
// 100, oldest card first, with the profile's totalCount) and GET .../cards/{cardToken}.

import { profileFromPath } from "../../auth.js";
import { json, wiseErrors } from "../../http.js";
import { queryInt } from "../../params.js";
import type { RouteDef } from "../../route.js";
import { cardFromPath } from "./card-access.js";
import { cardView } from "./card-view.js";

const MIN_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 100;

export const cardRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v3/spend/profiles/:profileId/cards",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      const pageNumber = queryInt(ctx, "pageNumber") ?? 1;
      const pageSize = queryInt(ctx, "pageSize") ?? MIN_PAGE_SIZE;
      if (pageNumber < 1) throw wiseErrors(400, { code: "Min", message: "must be greater than or equal to 1", path: "pageNumber", arguments: [] });
      if (pageSize < MIN_PAGE_SIZE || pageSize > MAX_PAGE_SIZE) {
        throw wiseErrors(400, {
          code: pageSize < MIN_PAGE_SIZE ? "Min" : "Max",
          message: `must be between ${MIN_PAGE_SIZE} and ${MAX_PAGE_SIZE}`,
          path: "pageSize",
          arguments: [],
        });
      }
      const cards = ctx.store.cards.cardsOfProfile(profile.id);
      return json({ cards: cards.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map(cardView), totalCount: cards.length });
    },
  },
  {
    method: "GET",
    path: "/v3/spend/profiles/:profileId/cards/:cardToken",
    handler: (ctx) => json(cardView(cardFromPath(ctx))),
  },
];
