// Types of scripts/extract-sandbox-reference.mjs, for the test that checks the committed reference data is current.

export const REFERENCE_DIR: string;
/** The generated reference files (file name -> text) from Wise's reference folder. */
export function buildReference(shared: string): Record<string, string>;
