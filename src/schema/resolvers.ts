import type { NonEmptyArray } from "type-graphql";
import { ActivityResolver, ProfileActivitiesResolver } from "../modules/activity/activity.resolver.js";
import { AddressResolver } from "../modules/address/address.resolver.js";
import { BalanceResolver, ProfileBalancesResolver } from "../modules/balance/balance.resolver.js";
import { CurrencyResolver } from "../modules/currency/currency.resolver.js";
import { NodeResolver } from "../modules/node/node.resolver.js";
import { ProfileResolver } from "../modules/profile/profile.resolver.js";
import { RateResolver } from "../modules/rate/rate.resolver.js";

/** Every resolver class of the schema; type-graphql 2 takes an explicit list. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  ProfileResolver,
  AddressResolver,
  ProfileBalancesResolver,
  BalanceResolver,
  ProfileActivitiesResolver,
  ActivityResolver,
  CurrencyResolver,
  RateResolver,
];
