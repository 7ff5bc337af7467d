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
 * never see each other's data). A module's loaders are made when the request first uses one of
 * them: a request reads a few resources, and making every module's on every request would cost
 * more with each resource added.
 */
export function createLoaders(wise: () => WiseSession): Loaders {
  loadersPrototype ??= lazyLoaders(modules().map((declaration) => declaration() as ApiModule));
  return withSession(loadersPrototype, wise) as Loaders;
}

let loadersPrototype: object | undefined;

/** The shared loaders and each module's, in one object; two naming a loader alike is an error. */
export function mergeLoaders(list: readonly ApiModule[], wise: () => WiseSession): Record<string, unknown> {
  return withSession(lazyLoaders(list), wise);
}

const SESSION = Symbol("wise session");

function withSession(prototype: object, wise: () => WiseSession): Record<string, unknown> {
  const loaders = Object.create(prototype) as Record<string | symbol, unknown>;
  loaders[SESSION] = wise;
  return loaders as Record<string, unknown>;
}

type LoaderGroup = (wise: () => WiseSession) => Record<string, unknown>;

/**
 * A prototype with a getter per loader name. The first read of a name makes that group's loaders
 * for the request (on the request's own object, so later reads are plain properties). The names
 * are learnt once, by making each group with a session that must not be used while loaders are made.
 */
function lazyLoaders(list: readonly ApiModule[]): object {
  const groups: LoaderGroup[] = [createSharedLoaders, ...list.flatMap((module) => (module.loaders ? [module.loaders as LoaderGroup] : []))];
  const notYet = (): never => {
    throw new Error("A loader called Wise while it was being made.");
  };
  const prototype: Record<string, unknown> = {};
  for (const group of groups) {
    for (const name of Object.keys(group(notYet))) {
      // Two modules naming a loader alike would silently share one; refuse it instead.
      if (Object.hasOwn(prototype, name)) throw new Error(`Two modules declare the loader ${name}.`);
      Object.defineProperty(prototype, name, {
        get(this: Record<string | symbol, unknown>) {
          const made = group(this[SESSION] as () => WiseSession);
          for (const [own, loader] of Object.entries(made)) Object.defineProperty(this, own, { value: loader, enumerable: true });
          return made[name];
        },
      });
    }
  }
  return prototype;
}
