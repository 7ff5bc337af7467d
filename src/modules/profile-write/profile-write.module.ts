import { createProfileWriteLoaders } from "../../loaders/profile-write.loader.js";
import { defineModule } from "../module.js";
import { ProfileWriteMutations } from "./profile-write.mutations.js";
import { BankTransferVerificationResolver, BusinessRepresentativeResolver } from "./profile-write.resolver.js";

/** Profile writes: profileCreate, profileUpdate, the update window, the business representative and bank-transfer verification status. */
export const profileWriteModule = defineModule(() => ({
  resolvers: [ProfileWriteMutations, BusinessRepresentativeResolver, BankTransferVerificationResolver],
  loaders: createProfileWriteLoaders,
}));
