// Kept for tests that import the currency table from its former place; it lives in reference/.
export * from "../reference/currencies.js";
