import { modules } from "../modules/index.js";
import type { ApiModule, ModuleDeclaration } from "../modules/module.js";
import type { WiseSession } from "../wise/session.js";

/** `A | B` to `A & B`: the loaders of every module, merged into one object. */
type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
type ModuleLoaders<M> = M extends ModuleDeclaration<infer L, string> ? L : never;

/** Every module's loaders, by name, with their exact types, plus `once`. */
export type Loaders = UnionToIntersection<ModuleLoaders<ReturnType<typeof modules>[number]>> & { once: Once };

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

/** Each module's loaders and `once`, in one object; two modules naming a loader alike is an error. */
export function mergeLoaders(list: readonly ApiModule[], wise: () => WiseSession): Record<string, unknown> {
  const loaders: Record<string, unknown> = { once: createOnce() };
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

type Once = <T>(key: string, load: () => Promise<T>) => Promise<T>;

/**
 * One answer per key per request, for reads that are not by id (a page of a list): the same
 * page asked twice (aliases, or a prefetch by the parent field and then the field itself) is
 * fetched once.
 */
function createOnce(): Once {
  const pages = new Map<string, Promise<unknown>>();
  return <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let page = pages.get(key) as Promise<T> | undefined;
    if (!page) {
      page = load();
      pages.set(key, page);
    }
    return page;
  };
}
