// Types of scripts/extract-wise-facts.mjs, for the test that checks the committed facts are current.

export const FACTS_DIR: string;
/** The generated fact files (file name -> text) from Wise's reference folder and the sandbox's routes. */
export function buildFacts(shared: string, routes: readonly { method: string; path: string }[], root?: string): Record<string, string>;
