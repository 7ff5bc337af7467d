/** Input checks made before any Wise call, so that a malformed value costs nothing. */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email address as Wise takes one (at most 254 characters). */
export function isEmail(value: string): boolean {
  const email = value.trim();
  return email.length <= 254 && EMAIL.test(email);
}

/** Wise's shortest registration code; the longest we send (it is a secret the partner made, not a document). */
export const REGISTRATION_CODE_LENGTH = { min: 32, max: 256 };

/** The languages Wise's signup takes. */
export const LANGUAGES = ["EN", "US", "PT", "ES", "FR", "DE", "IT", "JA", "RU", "PL", "HU", "TR", "RO", "NL", "HK"];

/** The longest authorization code, redirect URL or refresh token we pass on. */
export const MAX_GRANT_VALUE = 2048;
