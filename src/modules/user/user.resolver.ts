import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import type { Context } from "../../context/context.js";
import { userExists } from "../../wise/endpoints/users.js";
import { toProfile } from "../profile/profile.mapper.js";
import { Profile } from "../profile/profile.interface.js";
import { toUser } from "./user.mapper.js";
import { User } from "./user.type.js";
import { isEmail } from "./user.rules.js";

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: "The Wise user behind the caller's token, with their profiles; null (with an error) when Wise could not be read." })
  async viewer(@Ctx() ctx: Context): Promise<User> {
    return toUser(await ctx.loaders.viewer());
  }

  @Query(() => User, {
    nullable: true,
    description: "A user by global ID. Wise shows a token only its own user: any other id is null with a FORBIDDEN error.",
  })
  async user(@Arg("id", () => ID, { description: "The global ID of a User (viewer.id)." }) id: string, @Ctx() ctx: Context): Promise<User> {
    const { key } = parseGlobalIdOf(id, ["User"]);
    return toUser(await ctx.loaders.userById.load(Number(key)));
  }

  @Query(() => Boolean, {
    nullable: true,
    description:
      "Partner operation (the server's client credentials): whether an email already belongs to a Wise user, so cannot be given to userCreate. FORBIDDEN when the server has no client credentials.",
  })
  async userExists(@Arg("email", { description: "The email address to look up." }) email: string, @Ctx() ctx: Context): Promise<boolean> {
    if (!isEmail(email)) throw badUserInput('Argument "email" is not an email address.', "email");
    return userExists(ctx.asPartnerBackend(), email.trim());
  }

  @FieldResolver(() => [Profile], { nullable: true, description: "The user's profiles: their personal profile and the business profiles they manage." })
  async profiles(@Root() user: User, @Ctx() ctx: Context): Promise<Profile[]> {
    // Wise shows a token only its own user, so the token's profiles are this user's; the
    // filter keeps it so should a profile ever name another user.
    return (await ctx.loaders.profileList()).filter((p) => p.userId == null || p.userId === user.wiseId).map(toProfile);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Where Wise sends notifications when the sign-in email is a placeholder (set with userContactEmailSet); null when none was set.",
  })
  async contactEmail(@Root() user: User, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.loaders.contactEmailByUser.load(user.wiseId);
  }
}
