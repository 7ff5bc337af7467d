import Big from "big.js";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { simulateThreeDsChallenge } from "../../wise/endpoints/card-3ds.js";
import type { WiseThreeDsChallenge } from "../../wise/schemas/card-secure.js";
import { cardKey } from "./card-ids.js";
import { CardSimulateThreeDsChallengeInput } from "./card-secure.inputs.js";
import { CardSimulateThreeDsChallengePayload } from "./card-secure.payloads.js";
import { ThreeDsChallenge, ThreeDsMerchant } from "./card-secure.types.js";

const FIELDS: Record<string, string> = {
  amount: "amount",
  currency: "currency",
  merchantName: "merchantName",
  merchantCountry: "merchantCountry",
  channel: "channel",
  expiresAfterSeconds: "expiresInSeconds",
};

export function toThreeDsChallenge(wise: WiseThreeDsChallenge): ThreeDsChallenge {
  return Object.assign(new ThreeDsChallenge(), {
    transactionReference: wise.transactionReference,
    amount: Money.of(wise.amount.value, wise.amount.currency),
    merchant: Object.assign(new ThreeDsMerchant(), {
      name: wise.merchant.name,
      country: wise.merchant.country ?? null,
      category: wise.merchant.category ?? null,
      url: wise.merchant.url ?? null,
    }),
    channel: wise.channel ?? "browser",
    occurredAt: new Date(wise.occurredAt),
    expiresAt: new Date(wise.expiresAt),
  });
}

@Resolver()
export class CardThreeDsSimulationMutations {
  @Mutation(() => CardSimulateThreeDsChallengePayload, {
    description:
      "Embedded sandbox only: a merchant's 3D Secure request raises a push challenge on the card (amount, merchant, expiry), and Wise's cards#3ds-challenge event is sent. Answer it with cardThreeDsChallengeResult.",
  })
  async cardSimulateThreeDsChallenge(
    @Arg("input", () => CardSimulateThreeDsChallengeInput, { description: "The card and the payment that asks for 3D Secure." }) input: CardSimulateThreeDsChallengeInput,
    @Ctx() ctx: Context,
  ): Promise<CardSimulateThreeDsChallengePayload> {
    const done = (challenge: ThreeDsChallenge | null, userErrors: UserError[]) => Object.assign(new CardSimulateThreeDsChallengePayload(), { challenge, userErrors });
    const { profileId, cardToken } = cardKey(input.cardId);
    if (new Big(input.amount).lte(0)) return done(null, [UserError.of(UserErrorCode.INVALID, "amount must be positive.", ["input", "amount"])]);
    const request = {
      amount: input.amount,
      currency: input.currency,
      merchantName: input.merchantName,
      merchantCountry: input.merchantCountry ?? undefined,
      merchantCategory: input.merchantCategory ?? undefined,
      merchantUrl: input.merchantUrl ?? undefined,
      channel: input.channel ?? undefined,
      expiresAfterSeconds: input.expiresInSeconds ?? undefined,
    };
    const result = await runMutation(() => simulateThreeDsChallenge(ctx.wise(), profileId, cardToken, request), {
      fields: (wisePath) => (wisePath !== null && FIELDS[wisePath] ? ["input", FIELDS[wisePath]] : null),
      notFoundField: ["input", "cardId"],
      statusAsUserError: { 403: { code: UserErrorCode.NOT_ALLOWED, message: "Only an ACTIVE card of the caller's can be challenged.", field: ["input", "cardId"] } },
    });
    if ("userErrors" in result) return done(null, result.userErrors);
    return done(toThreeDsChallenge(result.value), []);
  }
}
