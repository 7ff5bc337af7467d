import { defineModule } from "../module.js";
import { ScaMutations } from "./sca.mutations.js";
import { ScaResolver } from "./sca.resolver.js";

/** Strong customer authentication: one-time tokens, their challenges and factors, and Wise's JOSE and FaceTec keys. */
export const scaModule = defineModule(() => ({
  resolvers: [ScaResolver, ScaMutations],
}));
