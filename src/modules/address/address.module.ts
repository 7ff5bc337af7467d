import { createAddressLoaders } from "../../loaders/address.loader.js";
import { defineModule } from "../module.js";
import { addressNode } from "./address.node.js";
import { AddressResolver } from "./address.resolver.js";

/** Addresses of a profile. */
export const addressModule = defineModule(() => ({
  resolvers: [AddressResolver],
  nodeTypes: [addressNode],
  loaders: createAddressLoaders,
}));
