import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { FieldMapper } from "../../common/mutation-errors.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import type { CardKey } from "../../loaders/card.loader.js";
import { produceCard } from "../../wise/endpoints/card-kiosk.js";
import { resetCardPinCount, updateCardPermissions, updateCardStatus, type WiseCardStatusRequest } from "../../wise/endpoints/cards.js";
import type { WiseCard } from "../../wise/schemas/card.js";
import { CardSpendingPermissionType, CardStatus } from "./card.enums.js";
import { CardBlockInput, CardFreezeInput, CardKioskProduceInput, CardPinCountResetInput, CardSpendingPermissionsUpdateInput, CardUnfreezeInput } from "./card.inputs.js";
import { cardNotFound } from "./card.load.js";
import { splitCardKey, toCard, toKioskProduction } from "./card.mapper.js";
import { CardKioskProducePayload, CardPinCountResetPayload, CardSpendingPermissionsUpdatePayload, CardStatusChangePayload } from "./card.payloads.js";

const CARD_FIELD = ["input", "cardId"];

/** The card a mutation's input names: its profile and token (BAD_USER_INPUT for an id that is not a Card's). */
export function cardKeyOf(cardId: string, argument = "input.cardId"): CardKey {
  return splitCardKey(parseGlobalIdOf(cardId, ["Card"], argument).key);
}

/** The userError of a card the caller may not see: the same for an unknown card and another user's. */
export function cardNotVisibleError(): UserError {
  return UserError.of(UserErrorCode.NOT_FOUND, cardNotFound().message, CARD_FIELD);
}

/** Wise's 403 (another user's profile) and 404 (unknown card) read alike. */
export const CARD_NOT_VISIBLE = {
  403: { code: UserErrorCode.NOT_FOUND, message: cardNotFound().message, field: CARD_FIELD },
  404: { code: UserErrorCode.NOT_FOUND, message: cardNotFound().message, field: CARD_FIELD },
};

/** Reads the card before a change that needs its state; userErrors when it is not the caller's to see. */
export async function cardBeforeChange(ctx: Context, key: CardKey): Promise<WiseCard | UserError[]> {
  const read = await runMutation(() => ctx.loaders.cardById.load(key), { statusAsUserError: CARD_NOT_VISIBLE });
  return "userErrors" in read ? read.userErrors : read.value;
}

/** Forgets what this request read of the card, so later fields read it as it is now. */
export function forgetCard(ctx: Context, key: CardKey): void {
  ctx.loaders.cardById.clear(key);
  ctx.loaders.cardsByProfile.clear(key.profileId);
  ctx.loaders.cardPermissions.clear(key);
  ctx.loaders.cardProduction.clear(key);
}

/** `permissions[2].type` (Wise's path) to the input's `["input", "permissions", "2", "type"]`. */
const permissionFields: FieldMapper = (wisePath) => {
  const match = /^permissions(?:\[(\d+)\](?:\.(type|isEnabled))?)?$/.exec(wisePath ?? "");
  if (!match) return null;
  return ["input", "permissions", ...(match[1] === undefined ? [] : [match[1], match[2] === "isEnabled" ? "enabled" : "type"])];
};

@Resolver()
export class CardMutations {
  private async changeStatus(ctx: Context, cardId: string, status: WiseCardStatusRequest): Promise<CardStatusChangePayload> {
    const key = cardKeyOf(cardId);
    const result = await runMutation(() => updateCardStatus(ctx.wise(), key.profileId, key.cardToken, status), { statusAsUserError: CARD_NOT_VISIBLE });
    return this.statusPayload(ctx, key, result);
  }

  private statusPayload(ctx: Context, key: CardKey, result: { value: WiseCard } | { userErrors: UserError[] }): CardStatusChangePayload {
    if ("userErrors" in result) return Object.assign(new CardStatusChangePayload(), { card: null, userErrors: result.userErrors });
    forgetCard(ctx, key);
    ctx.loaders.cardById.prime(key, result.value);
    return Object.assign(new CardStatusChangePayload(), { card: toCard(result.value), userErrors: [] });
  }

  @Mutation(() => CardStatusChangePayload, {
    description: "Freezes a card for now: every payment is declined (CARD_FROZEN) until cardUnfreeze. Only an ACTIVE card can be frozen; freezing a frozen card changes nothing.",
  })
  cardFreeze(@Arg("input", () => CardFreezeInput, { description: "The card to freeze." }) input: CardFreezeInput, @Ctx() ctx: Context): Promise<CardStatusChangePayload> {
    return this.changeStatus(ctx, input.cardId, "FROZEN");
  }

  @Mutation(() => CardStatusChangePayload, {
    description:
      "Unfreezes a FROZEN card, so it can be used again (ACTIVE). A card in any other status is refused (NOT_ALLOWED) without asking Wise: unfreezing never activates a card that is not activated yet, nor lifts a block or Wise's suspension.",
  })
  async cardUnfreeze(
    @Arg("input", () => CardUnfreezeInput, { description: "The card to unfreeze." }) input: CardUnfreezeInput,
    @Ctx() ctx: Context,
  ): Promise<CardStatusChangePayload> {
    const key = cardKeyOf(input.cardId);
    const card = await cardBeforeChange(ctx, key);
    if (Array.isArray(card)) return Object.assign(new CardStatusChangePayload(), { card: null, userErrors: card });
    const status = toCard(card).status;
    if (status === CardStatus.ACTIVE) return Object.assign(new CardStatusChangePayload(), { card: toCard(card), userErrors: [] });
    if (status !== CardStatus.FROZEN) {
      return Object.assign(new CardStatusChangePayload(), {
        card: null,
        userErrors: [UserError.of(UserErrorCode.NOT_ALLOWED, `Only a FROZEN card can be unfrozen; this card is ${status}.`, CARD_FIELD)],
      });
    }
    return this.changeStatus(ctx, input.cardId, "ACTIVE");
  }

  @Mutation(() => CardStatusChangePayload, {
    description:
      "Blocks a card for good: every payment is declined (CARD_BLOCKED) and the card can never be used again (BLOCKED is final; no mutation changes it). For a lost or stolen card, or leaked details; to stop a card for now, use cardFreeze.",
  })
  cardBlock(@Arg("input", () => CardBlockInput, { description: "The card to block." }) input: CardBlockInput, @Ctx() ctx: Context): Promise<CardStatusChangePayload> {
    return this.changeStatus(ctx, input.cardId, "BLOCKED");
  }

  @Mutation(() => CardPinCountResetPayload, {
    description:
      "Sets the card's count of wrong PINs back to 0: after 3 wrong PINs in a row, PIN payments are declined (PIN_ENTRY_TRIES_EXCEEDED) until this is done. Safe to repeat.",
  })
  async cardPinCountReset(
    @Arg("input", () => CardPinCountResetInput, { description: "The card." }) input: CardPinCountResetInput,
    @Ctx() ctx: Context,
  ): Promise<CardPinCountResetPayload> {
    const key = cardKeyOf(input.cardId);
    const result = await runMutation(() => resetCardPinCount(ctx.wise(), key.profileId, key.cardToken), { statusAsUserError: CARD_NOT_VISIBLE });
    if ("userErrors" in result) return Object.assign(new CardPinCountResetPayload(), { userErrors: result.userErrors });
    forgetCard(ctx, key);
    return Object.assign(new CardPinCountResetPayload(), { cardKey: key, userErrors: [] });
  }

  @Mutation(() => CardSpendingPermissionsUpdatePayload, {
    description:
      "Switches several spending permissions of a card on or off at once, all or none (Card.spendingPermissions). A locked permission cannot be switched on, and contactless and magstripe only once the card's order is COMPLETED (NOT_ALLOWED). Safe to repeat.",
  })
  async cardSpendingPermissionsUpdate(
    @Arg("input", () => CardSpendingPermissionsUpdateInput, { description: "The card and the permissions to change." }) input: CardSpendingPermissionsUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<CardSpendingPermissionsUpdatePayload> {
    const failed = (userErrors: UserError[]) => Object.assign(new CardSpendingPermissionsUpdatePayload(), { userErrors });
    const key = cardKeyOf(input.cardId);
    if (input.permissions.length === 0) return failed([UserError.of(UserErrorCode.REQUIRED, "Name at least one permission to change.", ["input", "permissions"])]);
    const problems: UserError[] = [];
    const seen = new Set<CardSpendingPermissionType>();
    input.permissions.forEach((permission, index) => {
      const field = ["input", "permissions", String(index), "type"];
      if (permission.type === CardSpendingPermissionType.UNKNOWN) problems.push(UserError.of(UserErrorCode.INVALID, "UNKNOWN is not a permission that can be changed.", field));
      else if (seen.has(permission.type)) problems.push(UserError.of(UserErrorCode.INVALID, `${permission.type} is named more than once.`, field));
      seen.add(permission.type);
    });
    if (problems.length > 0) return failed(problems);
    const changes = input.permissions.map((permission) => ({ type: permission.type, isEnabled: permission.enabled }));
    const result = await runMutation(() => updateCardPermissions(ctx.wise(), key.profileId, key.cardToken, changes), {
      fields: permissionFields,
      statusAsUserError: CARD_NOT_VISIBLE,
    });
    if ("userErrors" in result) return failed(result.userErrors);
    forgetCard(ctx, key);
    return Object.assign(new CardSpendingPermissionsUpdatePayload(), { cardKey: key, userErrors: [] });
  }

  @Mutation(() => CardKioskProducePayload, {
    description:
      "Sends a card ordered for kiosk collection to a kiosk machine to be produced (Card.kioskProduction goes IN_PROGRESS; Wise reports the outcome as cards#card-production-status-change). Wait for READY first. A card in production or already produced is refused (NOT_ALLOWED), so it is never produced twice; after a PRODUCTION_ERROR it can be sent again.",
  })
  async cardKioskProduce(
    @Arg("input", () => CardKioskProduceInput, { description: "The card and the kiosk." }) input: CardKioskProduceInput,
    @Ctx() ctx: Context,
  ): Promise<CardKioskProducePayload> {
    const failed = (userErrors: UserError[]) => Object.assign(new CardKioskProducePayload(), { production: null, userErrors });
    const key = cardKeyOf(input.cardId);
    const kioskId = input.kioskId.trim();
    if (kioskId === "") return failed([UserError.of(UserErrorCode.REQUIRED, "kioskId must not be blank.", ["input", "kioskId"])]);
    const card = await cardBeforeChange(ctx, key);
    if (Array.isArray(card)) return failed(card);
    const result = await runMutation(() => produceCard(ctx.wise(), key.profileId, key.cardToken, kioskId), {
      notFoundField: ["input", "kioskId"],
      statusAsUserError: { 403: CARD_NOT_VISIBLE[403], 404: { code: UserErrorCode.NOT_ALLOWED, message: "The card was not ordered for kiosk collection.", field: CARD_FIELD } },
    });
    if ("userErrors" in result) return failed(result.userErrors);
    forgetCard(ctx, key);
    return Object.assign(new CardKioskProducePayload(), { cardKey: key, production: toKioskProduction(result.value), userErrors: [] });
  }
}
