import { describe, expect, it } from "@jest/globals";
import { readFile, writeFile } from "node:fs/promises";
import { applyExamples, applyIncludes, README, runReadmeExamples } from "./readme-examples.js";

// `npm run docs:examples` runs this file with UPDATE_README=1 to rewrite the README's examples.
const update = process.env.UPDATE_README === "1";

describe("the README's example operations and answers", () => {
  it("are what the server answers today on a fresh sandbox, and the code it shows is the code that runs", async () => {
    const readme = await readFile(README, "utf8");
    const { text, missing, unknown } = applyExamples(await applyIncludes(readme), await runReadmeExamples());
    expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
    if (update) {
      await writeFile(README, text);
      return;
    }
    if (text !== readme) {
      throw new Error("README.md's examples differ from what the server answers: run `npm run docs:examples` and commit README.md (git diff shows what changed).");
    }
  }, 60_000);
});
