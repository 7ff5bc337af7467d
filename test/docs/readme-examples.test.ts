import { describe, expect, it } from "@jest/globals";
import { readFile, writeFile } from "node:fs/promises";
import { markdownFiles } from "./markdown.js";
import { applyExamples, applyIncludes, runReadmeExamples } from "./readme-examples.js";

// `npm run docs:examples` runs this file with UPDATE_README=1 to rewrite the examples in every markdown file.
const update = process.env.UPDATE_README === "1";

describe("the documentation's example operations and answers", () => {
  it("are what the server answers today on a fresh sandbox, and the code it shows is the code that runs", async () => {
    const rendered = await runReadmeExamples();
    const found = new Set<string>();
    const unknown: string[] = [];
    const differing: string[] = [];
    for (const file of await markdownFiles()) {
      const markdown = await readFile(file, "utf8");
      const result = applyExamples(await applyIncludes(markdown), rendered);
      result.found.forEach((name) => found.add(name));
      unknown.push(...result.unknown.map((name) => `${file}: ${name}`));
      if (result.text === markdown) continue;
      if (update) await writeFile(file, result.text);
      else differing.push(file);
    }
    const missing = [...rendered.keys()].filter((name) => !found.has(name));
    expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
    if (differing.length > 0) {
      throw new Error(`${differing.join(", ")}: examples differ from what the server answers: run \`npm run docs:examples\` and commit the files (git diff shows what changed).`);
    }
  }, 60_000);
});
