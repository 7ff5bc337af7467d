import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sameNames } from "../../src/common/mutation-errors.js";
import { runMutation } from "../../src/common/run-mutation.js";
import { WiseApiError } from "../../src/wise/errors.js";

const http = (status: number, code: string | null = null, fieldPath: string | null = null) =>
  new WiseApiError("HTTP", status, [{ code, message: code && `Wise says ${code}`, path: fieldPath, arguments: null }], null, "POST /v1/things", `Wise answered ${status}`);
const lost = () => new WiseApiError("NETWORK", null, [], null, "POST /v1/things", "reset", "ECONNRESET");

/** A Wise call that fails with each of `errors` in turn, then answers `value`; counts its calls. */
function calls<T>(value: T, ...errors: WiseApiError[]) {
  const call = async () => {
    call.count++;
    const error = errors.shift();
    if (error) throw error;
    return value;
  };
  call.count = 0;
  return call;
}

describe("runMutation folds every outcome of a Wise mutation call", () => {
  it("Wise's answer is the value", async () => {
    expect(await runMutation(calls("made"))).toEqual({ value: "made" });
  });

  it("Wise's validation errors are userErrors on the input's fields, a 404 on the id that named it", async () => {
    const fields = sameNames(["sourceAmount"]);
    const invalid = await runMutation(calls("x", http(422, "NOT_VALID", "sourceAmount")), { fields });
    expect(invalid).toEqual({ userErrors: [expect.objectContaining({ code: "INVALID", field: ["input", "sourceAmount"], message: "Wise says NOT_VALID" })] });
    const missing = await runMutation(calls("x", http(404)), { fields, notFoundField: ["input", "quoteId"] });
    expect(missing).toEqual({ userErrors: [expect.objectContaining({ code: "NOT_FOUND", field: ["input", "quoteId"] })] });
  });

  it("a refusal inside a successful answer is a userError too", async () => {
    const result = await runMutation(calls({ status: "REJECTED" }), { refusal: () => ({ code: "transfer.insufficient_funds", message: "Not enough." }) });
    expect(result).toEqual({ userErrors: [expect.objectContaining({ code: "INSUFFICIENT_FUNDS", message: "Not enough." })] });
  });

  it("what is not the caller's to fix is thrown", async () => {
    await expect(runMutation(calls("x", http(401)))).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    await expect(runMutation(calls("x", http(429)))).rejects.toMatchObject({ extensions: { code: "RATE_LIMITED" } });
    // A lost answer of a call that does not say its outcome matters: Wise is unavailable.
    await expect(runMutation(calls("x", lost()))).rejects.toMatchObject({ extensions: { code: "UPSTREAM_UNAVAILABLE" } });
  });

  it("a lost answer with an idempotency key is sent once more, then OUTCOME_UNKNOWN", async () => {
    const once = calls("made", lost());
    expect(await runMutation(once, { unknownOutcome: { what: "transfer", idempotencyKey: "k" } })).toEqual({ value: "made" });
    expect(once.count).toBe(2);
    const never = calls("made", lost(), lost());
    const result = await runMutation(never, { unknownOutcome: { what: "transfer", idempotencyKey: "k" } });
    expect(result).toEqual({ userErrors: [expect.objectContaining({ code: "OUTCOME_UNKNOWN" })] });
    expect(never.count).toBe(2);
  });

  it("a lost answer without a key is never sent again", async () => {
    const call = calls("paid", lost());
    expect(await runMutation(call, { unknownOutcome: { what: "payment" } })).toEqual({ userErrors: [expect.objectContaining({ code: "OUTCOME_UNKNOWN" })] });
    expect(call.count).toBe(1);
  });
});

describe("mutations", () => {
  it("never build a WiseApiError by hand: Wise's refusals go through runMutation", () => {
    const root = path.resolve("src");
    const offenders = ["modules", "common"]
      .flatMap((dir) => readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" }).map((file) => path.join(root, dir, file)))
      .filter((file) => file.endsWith(".ts") && readFileSync(file, "utf8").includes("new WiseApiError"));
    expect(offenders).toEqual([]);
  });
});
