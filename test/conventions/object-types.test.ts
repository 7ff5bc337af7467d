import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// No middleware or auth checker runs on a plain field, so type-graphql's per-field wrapper (an
// object and two calls for every field of every answer) buys nothing: with `simpleResolvers`,
// graphql's own default resolver reads the property. A type that forgets it still works, only
// slower, so this is checked here rather than noticed in a benchmark.
describe("object types", () => {
  const files = readdirSync("src", { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => path.join("src", file));

  it("all resolve their plain fields with graphql's default resolver (simpleResolvers)", () => {
    const missing: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/@ObjectType\(/g)) {
        // The decorator's arguments: everything from it to the class it decorates.
        const args = text.slice(match.index, text.indexOf("class ", match.index));
        if (!/simpleResolvers: true/.test(args)) missing.push(`${file}: ${text.slice(match.index).split("\n")[0]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
