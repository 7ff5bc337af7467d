import { createProfileLoaders } from "../../loaders/profile.loader.js";
import { defineModule } from "../module.js";
import { businessProfileNode, personalProfileNode } from "./profile.node.js";
import { ProfileResolver } from "./profile.resolver.js";

/** Profiles: `profile`, `profiles`, and the two Node types behind the Profile interface. */
export const profileModule = defineModule(() => ({
  resolvers: [ProfileResolver],
  nodeTypes: [personalProfileNode, businessProfileNode],
  // Another subgraph may add fields to every profile with `@interfaceObject`; its references say `Profile`.
  entityInterfaces: [{ name: "Profile", nodeTypes: ["PersonalProfile", "BusinessProfile"] }],
  loaders: createProfileLoaders,
}));
