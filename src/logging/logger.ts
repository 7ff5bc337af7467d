import { pino } from "pino";
import { loadLoggingConfig } from "../config.js";

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
  // The shared secrets that prove a router or the partner's backend.
  'headers["x-subgraph-secret"]',
  'headers["x-partner-secret"]',
  '*.headers["x-subgraph-secret"]',
  '*.headers["x-partner-secret"]',
];

const settings = loadLoggingConfig();

/**
 * The process-wide structured logger: JSON lines on stdout, or into `LOG_DIR/<pid>.log` when
 * LOG_DIR is set (the test suite does this to search every line it logged for tokens).
 */
export const logger = pino(
  {
    level: settings.level,
    redact: { paths: redactedPaths, censor: "[redacted]" },
    base: { service: "wise-graphql" },
  },
  settings.dir ? pino.destination({ dest: `${settings.dir}/${process.pid}.log`, sync: true, mkdir: true }) : undefined,
);
