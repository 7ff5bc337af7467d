import { logger } from "../logging/logger.js";

/**
 * Maps a Wise enum string onto a GraphQL enum. Wise adds values without a version bump, so an
 * unknown value becomes `UNKNOWN` (logged once per value) instead of breaking the response.
 */
export function toEnum<E extends Record<string, string>>(enumType: E, enumName: string, value: string | null | undefined): E[keyof E] {
  const normalised = (value ?? "").toUpperCase();
  if (Object.hasOwn(enumType, normalised)) return enumType[normalised as keyof E];
  const key = `${enumName}:${value}`;
  if (!warned.has(key)) {
    warned.add(key);
    logger.warn({ enum: enumName, value }, "unknown Wise enum value mapped to UNKNOWN");
  }
  return enumType.UNKNOWN as E[keyof E];
}

const warned = new Set<string>();
