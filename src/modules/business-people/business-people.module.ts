import { createBusinessPeopleLoaders } from "../../loaders/business-people.loader.js";
import { defineModule } from "../module.js";
import { BusinessPeopleMutations } from "./business-people.mutations.js";
import {
  BusinessDirectorsAddPayloadResolver,
  BusinessDirectorsReplacePayloadResolver,
  BusinessPeopleResolver,
  UltimateBeneficialOwnersAddPayloadResolver,
  UltimateBeneficialOwnersReplacePayloadResolver,
} from "./business-people.resolver.js";

/** The people of a business profile: its directors and its ultimate beneficial owners, read and changed. */
export const businessPeopleModule = defineModule(() => ({
  resolvers: [
    BusinessPeopleResolver,
    BusinessPeopleMutations,
    BusinessDirectorsAddPayloadResolver,
    BusinessDirectorsReplacePayloadResolver,
    UltimateBeneficialOwnersAddPayloadResolver,
    UltimateBeneficialOwnersReplacePayloadResolver,
  ],
  loaders: createBusinessPeopleLoaders,
}));
