import { Arg, Args, ArgsType, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import { listPage, pageOfList } from "../../common/list-page.js";
import { PageArgs } from "../../common/page-args.js";
import type { Context } from "../../context/context.js";
import { Card, CardProgram } from "../card/card.type.js";
import { loadCard } from "../card/card.load.js";
import { toCard } from "../card/card.mapper.js";
import { toProfile } from "../profile/profile.mapper.js";
import { Profile } from "../profile/profile.interface.js";
import { CardOrderForm, cardOrderForm } from "./card-order-form.js";
import { CardOrderConnection } from "./card-order.connection.js";
import { toCardOrder, toCardOrderRequirement, toCardProgram } from "./card-order.mapper.js";
import { CardOrder, CardOrderRequirement } from "./card-order.type.js";

@ArgsType()
export class CardOrderListArgs extends PageArgs("card orders") {}

const COUNTRY = /^[A-Za-z]{2}$/;
const STATE = /^[A-Za-z0-9]{1,3}$/;

@Resolver(() => Profile)
export class ProfileCardOrdersResolver {
  @FieldResolver(() => CardOrderConnection, {
    nullable: true,
    description: "The profile's card orders, newest first, as a Relay connection; null (with an error) when Wise could not be read.",
  })
  async cardOrders(@Root() profile: Profile, @Ctx() ctx: Context, @Args() args: CardOrderListArgs): Promise<CardOrderConnection> {
    // Checked before the call: a bad page size or cursor costs no Wise call.
    const page = listPage(`card-orders:${profile.wiseId}`, args);
    return pageOfList(CardOrderConnection, await ctx.loaders.cardOrdersByProfile.load(profile.wiseId), page, toCardOrder);
  }

  @FieldResolver(() => [CardProgram], {
    nullable: true,
    description:
      "The card programs the profile may order now (a card's network, currency, virtual or physical); empty when it may order no more cards. Null (with an error) when Wise could not be read.",
  })
  async cardPrograms(@Root() profile: Profile, @Ctx() ctx: Context): Promise<CardProgram[]> {
    return (await ctx.loaders.cardProgramsByProfile.load(profile.wiseId)).map(toCardProgram);
  }

  @FieldResolver(() => CardOrderForm, {
    nullable: true,
    description:
      "The form to order a card for this profile (cardOrderCreate), for the answers so far: ask again after a field with refreshRequirementsOnChange (the program, the country) changes. Null (with an error) when Wise could not be read.",
  })
  async cardOrderForm(
    @Root() profile: Profile,
    @Ctx() ctx: Context,
    @Arg("program", () => String, { nullable: true, description: "The chosen program's name, once chosen." }) programArg?: string | null,
    @Arg("country", () => String, { nullable: true, description: "The address country (ISO 3166-1 alpha-2), once chosen." }) countryArg?: string | null,
    @Arg("state", () => String, { nullable: true, description: "The address state or province code, once chosen." }) stateArg?: string | null,
  ): Promise<CardOrderForm> {
    const [program, country, state] = [programArg ?? null, countryArg ?? null, stateArg ?? null];
    if (country !== null && !COUNTRY.test(country)) throw badUserInput('Argument "country" must be an ISO 3166-1 alpha-2 code.', "country");
    if (state !== null && !STATE.test(state)) throw badUserInput('Argument "state" must be a state or province code.', "state");
    const details = country === null ? null : { country: country.toUpperCase(), ...(state === null ? {} : { state: state.toUpperCase() }) };
    const [programs, addressForm] = await Promise.all([ctx.loaders.cardProgramsByProfile.load(profile.wiseId), ctx.loaders.addressRequirements.load({ details })]);
    const chosen = program === null ? undefined : programs.find((p) => p.name === program);
    if (program !== null && chosen === undefined) throw badUserInput(`Argument "program" is not a program this profile may order; see Profile.cardPrograms.`, "program");
    return cardOrderForm(programs, chosen, addressForm);
  }
}

@Resolver(() => CardOrder)
export class CardOrderResolver {
  @FieldResolver(() => Profile, { nullable: true, description: "The profile the order belongs to." })
  async profile(@Root() order: CardOrder, @Ctx() ctx: Context): Promise<Profile> {
    return toProfile(await ctx.loaders.profileById.load(order.profileId));
  }

  @FieldResolver(() => Card, { nullable: true, description: "The card issued for the order, from CARD_DETAILS_CREATED on; null before." })
  async card(@Root() order: CardOrder, @Ctx() ctx: Context): Promise<Card | null> {
    return order.cardToken === null ? null : toCard(await loadCard(ctx, order.profileId, order.cardToken));
  }

  @FieldResolver(() => Card, { nullable: true, description: "The card this order replaces (blocked once the new card is activated); null for a first card." })
  async replacesCard(@Root() order: CardOrder, @Ctx() ctx: Context): Promise<Card | null> {
    return order.replacesCardToken === null ? null : toCard(await loadCard(ctx, order.profileId, order.replacesCardToken));
  }

  @FieldResolver(() => [CardOrderRequirement], {
    nullable: true,
    description: "What the order needs before its card is made (verification, address, a preset PIN), each with its status; null (with an error) when Wise could not be read.",
  })
  async requirements(@Root() order: CardOrder, @Ctx() ctx: Context): Promise<CardOrderRequirement[]> {
    return (await ctx.loaders.cardOrderRequirements.load({ profileId: order.profileId, cardOrderId: order.wiseId })).map(toCardOrderRequirement);
  }
}
