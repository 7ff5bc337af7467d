// Jest global setup: every test process logs at debug level into one folder, so that the
// teardown can search every line the whole suite logged for tokens.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export default function setup() {
  process.env.LOG_DIR = mkdtempSync(path.join(tmpdir(), "wise-graphql-logs-"));
  process.env.LOG_LEVEL = "debug";
}
