// A card's spending permissions: GET /v3/spend/profiles/{profileId}/cards/{cardToken}/spending-permissions
// answers {permissions: [{type, isEnabled, isLocked}]}; PATCH /v4/.../spending-permissions
// {permissions: [{type, isEnabled}]} changes several at once (200, no body), all or none: the whole
// list is checked before anything changes. A locked permission cannot be enabled (a virtual card
// has no chip, contactless, magstripe or ATM use), and contactless and magstripe only once the
// card's order is COMPLETED (the cardholder has the card).

import { isObject, jsonBody } from "../../body.js";
import { json, wiseErrors, type HttpError } from "../../http.js";
import type { RouteDef } from "../../route.js";
import type { Store } from "../../store.js";
import { cardFromPath } from "./card-access.js";
import { SPENDING_PERMISSION_TYPES, type CardRecord, type SpendingPermissionType } from "./model.js";

/** Permissions a physical card may only enable once its order is COMPLETED. */
const NEED_COMPLETED_ORDER: ReadonlySet<SpendingPermissionType> = new Set(["POS_CONTACTLESS", "POS_MAGSTRIPE"]);

export function permissionsView(card: CardRecord) {
  return { permissions: SPENDING_PERMISSION_TYPES.map((type) => ({ type, isEnabled: card.permissions[type].isEnabled, isLocked: card.permissions[type].isLocked })) };
}

const invalid = (path: string, message: string, args: unknown[] = []): HttpError => wiseErrors(400, { code: "NOT_VALID", message, path, arguments: args });
const refused = (code: string, path: string, message: string, type: string): HttpError => wiseErrors(422, { code, message, path, arguments: [type] });

/** The asked changes, checked one by one; the first problem is thrown, before anything changes. */
function requestedChanges(store: Store, card: CardRecord, body: Record<string, unknown>): Map<SpendingPermissionType, boolean> {
  const list = body.permissions;
  if (list === undefined || list === null) throw wiseErrors(400, { code: "NOT_NULL", message: "must not be null", path: "permissions", arguments: [] });
  if (!Array.isArray(list) || list.length === 0) throw invalid("permissions", "'permissions' should be a non-empty list");
  const changes = new Map<SpendingPermissionType, boolean>();
  list.forEach((item: unknown, index) => {
    const path = `permissions[${index}]`;
    if (!isObject(item)) throw invalid(path, `'${path}' should be an object`);
    const type = item.type;
    if (typeof type !== "string" || !(SPENDING_PERMISSION_TYPES as readonly string[]).includes(type)) {
      throw invalid(`${path}.type`, `'type' should be one of ${SPENDING_PERMISSION_TYPES.join(", ")}`, [type]);
    }
    if (typeof item.isEnabled !== "boolean") throw invalid(`${path}.isEnabled`, "'isEnabled' should be a valid 'Boolean'");
    const permission = type as SpendingPermissionType;
    if (changes.has(permission)) throw invalid(`${path}.type`, `${permission} is named more than once`, [permission]);
    if (item.isEnabled && card.permissions[permission].isLocked) {
      throw refused("PERMISSION_LOCKED", `${path}.type`, `${permission} is locked on this card and cannot be enabled`, permission);
    }
    const order = card.orderId === null ? undefined : store.cards.orders.get(card.orderId);
    if (item.isEnabled && NEED_COMPLETED_ORDER.has(permission) && order !== undefined && order.status !== "COMPLETED") {
      throw refused("CARD_ORDER_NOT_COMPLETED", `${path}.type`, `${permission} can be enabled once the card's order is COMPLETED`, permission);
    }
    changes.set(permission, item.isEnabled);
  });
  return changes;
}

export const spendingPermissionRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v3/spend/profiles/:profileId/cards/:cardToken/spending-permissions",
    handler: (ctx) => json(permissionsView(cardFromPath(ctx))),
  },
  {
    method: "PATCH",
    path: "/v4/spend/profiles/:profileId/cards/:cardToken/spending-permissions",
    handler: async (ctx) => {
      const card = cardFromPath(ctx);
      const changes = requestedChanges(ctx.store, card, await jsonBody(ctx));
      for (const [type, isEnabled] of changes) card.permissions[type].isEnabled = isEnabled;
      card.modificationMs = ctx.now();
      ctx.store.touch();
      return { status: 200, body: "" };
    },
  },
];
