import { describe, expect, it } from "@jest/globals";
import { RetryBudget } from "../../src/wise/retry-budget.js";

describe("RetryBudget", () => {
  it("allows retries while Wise fails rarely, and about `ratio` of the calls once it fails a lot", () => {
    const budget = new RetryBudget(0.2, 5);
    // A full purse: the first failures all get their retry.
    for (let i = 0; i < 5; i++) expect(budget.spend()).toBe(true);
    expect(budget.spend()).toBe(false);
    // Then every call earns 0.2 of a retry: 100 calls that all fail get 20 retries, not 100.
    let retries = 0;
    for (let i = 0; i < 100; i++) {
      budget.earn();
      if (budget.spend()) retries++;
    }
    expect(retries).toBe(20);
  });

  it("never holds more than its maximum", () => {
    const budget = new RetryBudget(1, 3);
    for (let i = 0; i < 100; i++) budget.earn();
    expect([budget.spend(), budget.spend(), budget.spend(), budget.spend()]).toEqual([true, true, true, false]);
  });
});
