import Big from "big.js";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { idempotencyKeyReused, type FieldMapper } from "../../common/mutation-errors.js";
import { splitCardKey } from "../card/card.mapper.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import {
  createCardOrder,
  updateCardOrderStatus,
  validateCardAddress,
  type WiseCardDeliveryOption,
  type WiseCardOrderAddressRequest,
  type WiseCardOrderRequest,
} from "../../wise/endpoints/card-orders.js";
import { CardDeliveryOption } from "./card-order.enums.js";
import { CardOrderAddressInput, CardOrderAddressValidateInput, CardOrderCancelInput, CardOrderCreateInput } from "./card-order.inputs.js";
import { splitCardOrderKey, toCardOrder } from "./card-order.mapper.js";
import { CardOrderAddressValidatePayload, CardOrderCancelPayload, CardOrderCreatePayload } from "./card-order.payloads.js";

/** The profile and token of the card an order replaces. */
const replacedCardKey = (id: string) => splitCardKey(parseGlobalIdOf(id, ["Card"], "input.replacesCardId").key);

const PHONE = /^\+[1-9]\d{6,14}$/;

/** Wise's paths of a card order request, in the input's terms (`address.postCode` is ["input", "address", "postCode"]). */
const cardOrderFields: FieldMapper = (wisePath) => {
  if (!wisePath) return null;
  const [head, tail] = wisePath.split(/[/.]/);
  if (head === "address") return tail ? ["input", "address", tail] : ["input", "address"];
  if (head === "replacementDetails") return tail === "reason" ? ["input", "replacementReason"] : ["input", "replacesCardId"];
  return ["program", "cardHolderName", "embossedName", "phoneNumber", "deliveryOption", "lifetimeLimit"].includes(head) ? ["input", head] : null;
};

/** The address as Wise takes it: trimmed, blank optional lines left out. */
function wiseAddress(address: CardOrderAddressInput): WiseCardOrderAddressRequest {
  const optional = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
  return {
    firstLine: address.firstLine.trim(),
    secondLine: optional(address.secondLine),
    thirdLine: optional(address.thirdLine),
    city: address.city.trim(),
    postCode: address.postCode.trim(),
    state: optional(address.state),
    country: address.country.trim().toUpperCase(),
  };
}

/** What the input gets wrong that Wise would refuse anyway (no Wise call is made for it). */
function inputProblems(input: CardOrderCreateInput, profileId: number): UserError[] {
  const problems: UserError[] = [];
  const required = (value: string | null | undefined, field: string[], what: string) => {
    if (!value?.trim()) problems.push(UserError.of(UserErrorCode.REQUIRED, `${what} is required.`, field));
  };
  required(input.program, ["input", "program"], "The card program");
  required(input.cardHolderName, ["input", "cardHolderName"], "The cardholder's name");
  required(input.address.firstLine, ["input", "address", "firstLine"], "The first address line");
  required(input.address.city, ["input", "address", "city"], "The city");
  required(input.address.postCode, ["input", "address", "postCode"], "The post code");
  required(input.address.country, ["input", "address", "country"], "The country");
  if (input.phoneNumber && !PHONE.test(input.phoneNumber.trim())) {
    problems.push(UserError.of(UserErrorCode.INVALID, 'The phone number must start with "+" and the country code, then digits only.', ["input", "phoneNumber"]));
  }
  if (input.lifetimeLimit !== null && input.lifetimeLimit !== undefined && new Big(input.lifetimeLimit).lt(0)) {
    problems.push(UserError.of(UserErrorCode.INVALID, "The lifetime limit cannot be negative.", ["input", "lifetimeLimit"]));
  }
  if (input.deliveryOption === CardDeliveryOption.UNKNOWN)
    problems.push(UserError.of(UserErrorCode.INVALID, "UNKNOWN is not a delivery option to choose.", ["input", "deliveryOption"]));
  if (Boolean(input.replacesCardId) !== Boolean(input.replacementReason)) {
    const field = input.replacesCardId ? "replacementReason" : "replacesCardId";
    problems.push(UserError.of(UserErrorCode.REQUIRED, "A replacement names both the card it replaces and why.", ["input", field]));
  }
  if (input.replacesCardId) {
    if (replacedCardKey(input.replacesCardId).profileId !== profileId) {
      problems.push(UserError.of(UserErrorCode.INVALID, "A card can only be replaced by an order of its own profile.", ["input", "replacesCardId"]));
    }
  }
  return problems;
}

@Resolver()
export class CardOrderMutations {
  @Mutation(() => CardOrderCreatePayload, {
    description:
      "Orders a card for a profile: a virtual card is issued as soon as the order's requirements are met (often at once), a physical card is then produced and delivered. Safe to repeat with the same idempotencyKey; the same key with another program or cardholder answers IDEMPOTENCY_KEY_REUSED and orders nothing.",
  })
  async cardOrderCreate(
    @Arg("input", () => CardOrderCreateInput, { description: "The profile, program, cardholder, address and idempotency key." }) input: CardOrderCreateInput,
    @Ctx() ctx: Context,
  ): Promise<CardOrderCreatePayload> {
    const profileId = Number(parseGlobalIdOf(input.profileId, ["PersonalProfile", "BusinessProfile"], "input.profileId").key);
    const key = input.idempotencyKey.toLowerCase();
    const done = (cardOrder: CardOrderCreatePayload["cardOrder"], userErrors: UserError[]) =>
      Object.assign(new CardOrderCreatePayload(), { cardOrder, idempotencyKey: key, userErrors });
    const problems = inputProblems(input, profileId);
    if (problems.length > 0) return done(null, problems);
    const replacedToken = input.replacesCardId ? replacedCardKey(input.replacesCardId).cardToken : null;
    const request: WiseCardOrderRequest = {
      program: input.program.trim(),
      cardHolderName: input.cardHolderName.trim(),
      address: wiseAddress(input.address),
      ...(input.embossedName ? { embossedName: input.embossedName } : {}),
      ...(input.phoneNumber ? { phoneNumber: input.phoneNumber.trim() } : {}),
      ...(input.deliveryOption ? { deliveryOption: input.deliveryOption as WiseCardDeliveryOption } : {}),
      ...(input.lifetimeLimit !== null && input.lifetimeLimit !== undefined ? { lifetimeLimit: input.lifetimeLimit } : {}),
      ...(replacedToken && input.replacementReason ? { replacementDetails: { cardToken: replacedToken, reason: input.replacementReason } } : {}),
    };
    const result = await runMutation(() => createCardOrder(ctx.wise(), profileId, request, key), {
      fields: cardOrderFields,
      notFoundField: ["input", "profileId"],
      unknownOutcome: { what: "card order", idempotencyKey: key },
    });
    if ("userErrors" in result) return done(null, result.userErrors);
    // For a key it already holds, Wise answers the order that key made, whatever this body says.
    const differing = [
      ...(result.value.cardProgram.name !== request.program ? ["program"] : []),
      ...(result.value.cardHolderName !== request.cardHolderName ? ["cardHolderName"] : []),
    ];
    if (differing.length > 0) return done(null, [idempotencyKeyReused("card order", differing)]);
    ctx.loaders.cardOrdersByProfile.clear(profileId);
    ctx.loaders.cardProgramsByProfile.clear(profileId);
    ctx.loaders.cardsByProfile.clear(profileId); // a virtual card may be issued at once
    ctx.loaders.cardOrderById.prime({ profileId, cardOrderId: result.value.id }, result.value);
    return done(toCardOrder(result.value), []);
  }

  @Mutation(() => CardOrderCancelPayload, {
    description:
      "Cancels a card order that is not over yet (not COMPLETED, RETURNED or CANCELLED). A card already made for it is blocked; a physical card already produced may still arrive.",
  })
  async cardOrderCancel(
    @Arg("input", () => CardOrderCancelInput, { description: "The order to cancel." }) input: CardOrderCancelInput,
    @Ctx() ctx: Context,
  ): Promise<CardOrderCancelPayload> {
    const { profileId, cardOrderId } = splitCardOrderKey(parseGlobalIdOf(input.cardOrderId, ["CardOrder"], "input.cardOrderId").key);
    const done = (cardOrder: CardOrderCancelPayload["cardOrder"], userErrors: UserError[]) => Object.assign(new CardOrderCancelPayload(), { cardOrder, userErrors });
    const result = await runMutation(() => updateCardOrderStatus(ctx.wise(), profileId, cardOrderId, "CANCELLED"), {
      fields: () => ["input", "cardOrderId"],
      notFoundField: ["input", "cardOrderId"],
    });
    if ("userErrors" in result) return done(null, result.userErrors);
    ctx.loaders.cardOrdersByProfile.clear(profileId);
    ctx.loaders.cardProgramsByProfile.clear(profileId);
    ctx.loaders.cardOrderById.clear({ profileId, cardOrderId });
    // The order's card, if one was issued, is blocked now.
    ctx.loaders.cardsByProfile.clear(profileId);
    ctx.loaders.cardById.clearAll();
    // Its own read: the cancellation is done even if the read back fails.
    return done(toCardOrder(await ctx.loaders.cardOrderById.load({ profileId, cardOrderId })), []);
  }

  @Mutation(() => CardOrderAddressValidatePayload, {
    description: "Checks an address the way Wise checks a card order's (lengths, post code format, state, no PO box) before ordering; changes nothing.",
  })
  async cardOrderAddressValidate(
    @Arg("input", () => CardOrderAddressValidateInput, { description: "The address to check." }) input: CardOrderAddressValidateInput,
    @Ctx() ctx: Context,
  ): Promise<CardOrderAddressValidatePayload> {
    const done = (valid: boolean, userErrors: UserError[]) => Object.assign(new CardOrderAddressValidatePayload(), { valid, userErrors });
    const result = await runMutation(() => validateCardAddress(ctx.wise(), wiseAddress(input.address)), { fields: cardOrderFields });
    if ("userErrors" in result) return done(false, result.userErrors);
    const problems = result.value.map((problem) => {
      const code = /required/i.test(problem.message ?? "") ? UserErrorCode.REQUIRED : UserErrorCode.INVALID;
      return UserError.of(code, problem.message ?? "Wise does not take this value.", problem.field ? ["input", "address", problem.field] : ["input", "address"]);
    });
    return done(problems.length === 0, problems);
  }
}
