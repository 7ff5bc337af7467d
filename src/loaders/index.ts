import { modules } from "../modules/index.js";
import type { ApiModule, ModuleDeclaration } from "../modules/module.js";
import type { WiseSession } from "../wise/session.js";
import { createPageLoaders } from "./page.loader.js";
import { createQueryLoaders } from "./query.loader.js";

/** `A | B` to `A & B`: the loaders of every module, merged into one object. */
type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
type ModuleLoaders<M> = M extends ModuleDeclaration<infer L, string> ? L : never;

/** The loaders every module shares: pages of lists, and reads that are queries rather than ids. */
function createSharedLoaders(wise: () => WiseSession) {
  return { pages: createPageLoaders(wise), ...createQueryLoaders(wise) };
}

/** Every module's loaders, by name, with their exact types, plus the shared ones. */
export type Loaders = UnionToIntersection<ModuleLoaders<ReturnType<typeof modules>[number]>> & ReturnType<typeof createSharedLoaders>;

/**
 * A fresh set of loaders for one GraphQL request: each module's, merged. Loaders cache per
 * caller, so they are never shared between requests (two callers with different tokens must
 * never see each other's data).
 */
export function createLoaders(wise: () => WiseSession): Loaders {
  return mergeLoaders(
    modules().map((declaration) => declaration() as ApiModule),
    wise,
  ) as Loaders;
}

/** The shared loaders and each module's, in one object; two naming a loader alike is an error. */
export function mergeLoaders(list: readonly ApiModule[], wise: () => WiseSession): Record<string, unknown> {
  const loaders: Record<string, unknown> = createSharedLoaders(wise);
  for (const module of list) {
    if (!module.loaders) continue;
    for (const [name, loader] of Object.entries(module.loaders(wise))) {
      // Two modules naming a loader alike would silently share one; refuse it instead.
      if (Object.hasOwn(loaders, name)) throw new Error(`Two modules declare the loader ${name}.`);
      loaders[name] = loader;
    }
  }
  return loaders;
}
