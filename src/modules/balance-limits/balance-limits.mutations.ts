import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { MovesMoney } from "../../common/moves-money.js";
import { globalId, parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { closeHoldLimitBreach, listHoldLimitBreaches, setExcessMoneyAccount } from "../../wise/endpoints/balance-limits.js";
import type { WiseHoldLimitBreach } from "../../wise/schemas/balance-limits.js";
import { ExcessMoneyAccountSetInput, HoldLimitBreachCloseInput } from "./balance-limits.inputs.js";
import { toHoldLimitBreach } from "./balance-limits.mapper.js";
import { ExcessMoneyAccountSetPayload, HoldLimitBreachClosePayload } from "./balance-limits.payloads.js";

const profileIdOf = (id: string) => Number(parseGlobalIdOf(id, ["PersonalProfile", "BusinessProfile"], "input.profileId").key);
const recipientIdOf = (id: string) => Number(parseGlobalIdOf(id, ["Recipient"], "input.recipientId").key);

/** Reads the breach afresh from Wise (Wise has no single-breach read: the list holds it). */
async function freshBreach(ctx: Context, profileId: number, breachId: number): Promise<WiseHoldLimitBreach | undefined> {
  return (await listHoldLimitBreaches(ctx.wise(), profileId)).find((breach) => breach.id === breachId);
}

const recipientField = (wisePath: string | null) => (wisePath && /recipient/i.test(wisePath) ? ["input", "recipientId"] : null);

@Resolver()
export class BalanceLimitMutations {
  @MovesMoney()
  @Mutation(() => HoldLimitBreachClosePayload, {
    description:
      "Closes an open hold limit breach by refunding the money above the limit, once, from the balance in the limit's currency to one of the profile's recipients. Safe to repeat: Wise takes no key here, so the breach's own state is the guard; a breach already closed is returned as it is, without userErrors, and nothing is refunded again.",
  })
  async holdLimitBreachClose(
    @Arg("input", () => HoldLimitBreachCloseInput, { description: "The breach and the recipient of the refund." }) input: HoldLimitBreachCloseInput,
    @Ctx() ctx: Context,
  ): Promise<HoldLimitBreachClosePayload> {
    const profileId = profileIdOf(input.profileId);
    const recipientId = recipientIdOf(input.recipientId);
    const breachId = input.holdLimitBreachId;
    const done = (breach: WiseHoldLimitBreach | null | undefined, userErrors: UserError[]) =>
      Object.assign(new HoldLimitBreachClosePayload(), { holdLimitBreach: breach ? toHoldLimitBreach(breach) : null, userErrors });

    const before = await runMutation(() => freshBreach(ctx, profileId, breachId), { notFoundField: ["input", "profileId"] });
    if ("userErrors" in before) return done(null, before.userErrors);
    if (before.value === undefined) return done(null, [UserError.of(UserErrorCode.NOT_FOUND, `The profile has no hold limit breach ${breachId}.`, ["input", "holdLimitBreachId"])]);
    if (before.value.state !== "OPEN") return done(before.value, []);

    const closed = await runMutation(() => closeHoldLimitBreach(ctx.wise(), profileId, breachId, recipientId), {
      fields: recipientField,
      notFoundField: ["input", "recipientId"],
      // Never refund again blindly: a lost answer is settled by reading the breach below.
      unknownOutcome: { what: "refund" },
    });
    // Read back in every case: after a lost answer or a refusal, a breach that is now closed was
    // closed (by this call or a concurrent one), and the caller's intent is met.
    ctx.loaders.holdLimitBreaches.clearAll();
    const after = await freshBreach(ctx, profileId, breachId).catch(() => null);
    if ("userErrors" in closed) {
      if (after && after.state !== "OPEN") return done(after, []);
      return done(after ?? before.value, closed.userErrors);
    }
    return done(after, []);
  }

  @Mutation(() => ExcessMoneyAccountSetPayload, {
    description: "Names the recipient that receives money above the profile's hold limit. Naming the same recipient again changes nothing.",
  })
  async excessMoneyAccountSet(
    @Arg("input", () => ExcessMoneyAccountSetInput, { description: "The profile and its recipient." }) input: ExcessMoneyAccountSetInput,
    @Ctx() ctx: Context,
  ): Promise<ExcessMoneyAccountSetPayload> {
    const profileId = profileIdOf(input.profileId);
    const recipientId = recipientIdOf(input.recipientId);
    const result = await runMutation(() => setExcessMoneyAccount(ctx.wise(), profileId, recipientId), { fields: recipientField, notFoundField: ["input", "recipientId"] });
    if ("userErrors" in result) return Object.assign(new ExcessMoneyAccountSetPayload(), { recipientId: null, userErrors: result.userErrors });
    return Object.assign(new ExcessMoneyAccountSetPayload(), { recipientId: globalId("Recipient", result.value.recipientId), userErrors: [] });
  }
}
