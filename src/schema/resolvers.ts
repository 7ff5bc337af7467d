import type { NonEmptyArray } from "type-graphql";
import { ActivityResolver, ActivityResourceResolver, ProfileActivitiesResolver } from "../modules/activity/activity.resolver.js";
import { AddressResolver } from "../modules/address/address.resolver.js";
import { BalanceMutations } from "../modules/balance/balance.mutations.js";
import { QuoteMutations } from "../modules/quote/quote.mutations.js";
import { QuoteResolver } from "../modules/quote/quote.resolver.js";
import { RecipientMutations } from "../modules/recipient/recipient.mutations.js";
import { ProfileRecipientsResolver, RecipientCreatePayloadResolver, RecipientResolver } from "../modules/recipient/recipient.resolver.js";
import { TransferMutations, TransferSimulationMutations } from "../modules/transfer/transfer.mutations.js";
import { ProfileTransfersResolver, TransferFundPayloadResolver, TransferResolver } from "../modules/transfer/transfer.resolver.js";
import { BalanceConvertPayloadResolver, BalanceResolver, ProfileBalancesResolver } from "../modules/balance/balance.resolver.js";
import { CurrencyResolver } from "../modules/currency/currency.resolver.js";
import { NodeResolver } from "../modules/node/node.resolver.js";
import { ProfileResolver } from "../modules/profile/profile.resolver.js";
import { RateResolver } from "../modules/rate/rate.resolver.js";

/** Every resolver class of the schema; type-graphql 2 takes an explicit list. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes resolver classes as `Function`.
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  ProfileResolver,
  AddressResolver,
  ProfileBalancesResolver,
  BalanceConvertPayloadResolver,
  BalanceResolver,
  ProfileActivitiesResolver,
  ActivityResolver,
  ActivityResourceResolver,
  CurrencyResolver,
  RateResolver,
  QuoteResolver,
  QuoteMutations,
  ProfileRecipientsResolver,
  RecipientResolver,
  RecipientCreatePayloadResolver,
  RecipientMutations,
  ProfileTransfersResolver,
  TransferResolver,
  TransferFundPayloadResolver,
  TransferMutations,
  TransferSimulationMutations,
  BalanceMutations,
];

/**
 * Resolvers of fields that only a Wise sandbox answers (simulation). They are left out of the
 * schema served for a real Wise, so a client cannot even build an operation with them.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes resolver classes as `Function`.
export const sandboxOnlyResolvers: ReadonlyArray<Function> = [TransferSimulationMutations];
