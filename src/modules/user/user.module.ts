import { createUserLoaders } from "../../loaders/user.loader.js";
import { defineModule } from "../module.js";
import { UserTokenMutations } from "./user-token.mutations.js";
import { UserMutations } from "./user.mutations.js";
import { userNode } from "./user.node.js";
import { UserResolver } from "./user.resolver.js";

/** Users and tokens: `viewer`, `user`, user creation and lookup for partners, contact email, claim account, phone numbers, user-token grants. */
export const userModule = defineModule(() => ({
  resolvers: [UserResolver, UserMutations, UserTokenMutations],
  nodeTypes: [userNode],
  loaders: createUserLoaders,
}));
