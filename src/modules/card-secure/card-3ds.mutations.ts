import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { badScaToken } from "../../common/sca/sca-challenge.mapper.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { postThreeDsChallengeResult } from "../../wise/endpoints/card-3ds.js";
import { CardThreeDsChallengeResultInput } from "./card-secure.inputs.js";
import { CardThreeDsChallengeResultPayload } from "./card-secure.payloads.js";

const MAX_REFERENCE = 64;

@Resolver()
export class CardThreeDsMutations {
  @Mutation(() => CardThreeDsChallengeResultPayload, {
    description:
      "Tells Wise the cardholder's answer to a 3D Secure push challenge (cards#3ds-challenge), before it expires. Only the first answer counts: a repeat is accepted and changes nothing. After expiry, userErrors holds NOT_ALLOWED. Where Wise asks for strong customer authentication, userErrors holds SCA_REQUIRED and scaChallenge the challenge: clear it, then repeat with input.scaToken.",
  })
  async cardThreeDsChallengeResult(
    @Arg("input", () => CardThreeDsChallengeResultInput, { description: "The profile, the challenge's reference and the answer." }) input: CardThreeDsChallengeResultInput,
    @Ctx() ctx: Context,
  ): Promise<CardThreeDsChallengeResultPayload> {
    const done = (accepted: boolean, userErrors: UserError[], scaChallenge = null as CardThreeDsChallengeResultPayload["scaChallenge"]) =>
      Object.assign(new CardThreeDsChallengeResultPayload(), { accepted, result: accepted ? input.result : null, scaChallenge, userErrors });
    const profileId = Number(parseGlobalIdOf(input.profileId, ["PersonalProfile", "BusinessProfile"], "input.profileId").key);
    const reference = input.transactionReference.trim();
    const problems: UserError[] = [];
    if (reference === "" || reference.length > MAX_REFERENCE) {
      problems.push(
        UserError.of(UserErrorCode.INVALID, `transactionReference must be the challenge's reference (1 to ${MAX_REFERENCE} characters).`, ["input", "transactionReference"]),
      );
    }
    const badToken = input.scaToken == null ? null : badScaToken(input.scaToken, ["input", "scaToken"]);
    if (badToken) problems.push(badToken);
    if (problems.length > 0) return done(false, problems);
    const result = await runMutation(
      () => postThreeDsChallengeResult(ctx.wise(), profileId, { transactionReference: reference, challengeStatus: input.result }, input.scaToken ?? undefined),
      { fields: () => ["input", "transactionReference"], notFoundField: ["input", "transactionReference"] },
    );
    if ("userErrors" in result) return done(false, result.userErrors.map(expired), result.scaChallenge ?? null);
    return done(true, []);
  }
}

/** Wise's 400 for a challenge past its expiry is the challenge's state, not a bad value. */
function expired(error: UserError): UserError {
  if (error.code !== UserErrorCode.QUOTE_EXPIRED && error.code !== UserErrorCode.INVALID) return error;
  return /expired/i.test(error.message) || error.code === UserErrorCode.QUOTE_EXPIRED
    ? UserError.of(UserErrorCode.NOT_ALLOWED, "The 3D Secure challenge has expired: its result can no longer be given.", ["input", "transactionReference"])
    : error;
}
