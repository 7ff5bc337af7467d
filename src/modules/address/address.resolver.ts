import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import { ANSWER_KEY } from "../../common/requirements/requirement-form.mapper.js";
import type { Context } from "../../context/context.js";
import { toProfile } from "../profile/profile.mapper.js";
import { Profile } from "../profile/profile.interface.js";
import { AddressRequirementsInput } from "./address.inputs.js";
import { toAddressRequirements } from "./address.mapper.js";
import { AddressRequirements } from "./address-requirements.type.js";
import { Address } from "./address.type.js";

/** The address form has a handful of flat keys (country, state, ...); more answers than this are not a form. */
const MAX_ANSWERS = 20;

@Resolver(() => Address)
export class AddressResolver {
  @FieldResolver(() => Profile, { nullable: true, description: "The profile this address belongs to." })
  async profile(@Root() address: Address, @Ctx() ctx: Context): Promise<Profile> {
    return toProfile(await ctx.loaders.profileById.load(address.profileId));
  }

  @Query(() => AddressRequirements, {
    description:
      "The form Wise needs to create an address (addressCreate): country, city, postCode and firstLine, plus what the answers so far require. When a field with refreshRequirementsOnChange changes, ask again with the answers so far.",
  })
  async addressRequirements(
    @Arg("input", () => AddressRequirementsInput, { nullable: true, description: "The answers so far; leave it out for the first form." }) input: AddressRequirementsInput | null,
    @Ctx() ctx: Context,
  ): Promise<AddressRequirements> {
    const answers = input?.details ?? [];
    if (answers.length > MAX_ANSWERS) throw badUserInput(`At most ${MAX_ANSWERS} answers.`, "input.details");
    for (const [index, answer] of answers.entries()) {
      // Wise takes the answers as one flat object of strings: no dotted keys here.
      if (!ANSWER_KEY.test(answer.key) || answer.key.includes("."))
        throw badUserInput(`Field key "${answer.key.slice(0, 64)}" at details[${index}] is not an address form key.`, "input.details");
    }
    const details = answers.length === 0 ? null : Object.fromEntries(answers.map((a) => [a.key, a.value]));
    return toAddressRequirements(await ctx.loaders.addressRequirements.load({ details }));
  }
}
