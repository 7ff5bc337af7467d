import { createAddressLoaders } from "../../loaders/address.loader.js";
import { defineModule } from "../module.js";
import { AddressMutations } from "./address.mutations.js";
import { addressNode } from "./address.node.js";
import { AddressResolver } from "./address.resolver.js";

/** Addresses of a profile: reading them, the address form, and creating one. */
export const addressModule = defineModule(() => ({
  resolvers: [AddressResolver, AddressMutations],
  nodeTypes: [addressNode],
  loaders: createAddressLoaders,
}));
