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

/**
 * The process-wide structured logger: JSON lines on stdout, or into `LOG_DIR/<pid>.log` when
 * LOG_DIR is set (the test suite does this to search every line it logged for tokens).
 */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
    redact: { paths: redactedPaths, censor: "[redacted]" },
    base: { service: "wise-graphql" },
  },
  process.env.LOG_DIR ? pino.destination({ dest: `${process.env.LOG_DIR}/${process.pid}.log`, sync: true, mkdir: true }) : undefined,
);
