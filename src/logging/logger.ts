import { pino } from "pino";

/**
 * Paths that may hold a Wise token, in any log object: they are replaced before the line is
 * written, whoever logs them.
 */
export const redactedPaths = [
  "token",
  "*.token",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "req.headers.authorization",
  "request.headers.authorization",
  "*.headers.authorization",
];

/** The process-wide structured logger (JSON lines on stdout; LOG_LEVEL sets the level). */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  redact: { paths: redactedPaths, censor: "[redacted]" },
  base: { service: "wise-graphql" },
});
