import { describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { headingAnchors, linkTargets, markdownFiles } from "./markdown.js";

/**
 * Documents that other work adds: the front page links them already. Until they exist a link to
 * them is allowed; once they exist their links are checked like any other.
 */
const PENDING = new Set(["docs/wise-coverage.md", "docs/adding-a-resource.md"]);

/** Why a relative link of `file` does not resolve, or null when it does. */
function brokenLink(file: string, target: string): string | null {
  const [pathPart, anchor] = target.split("#", 2) as [string, string | undefined];
  const resolved = pathPart === "" ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURI(pathPart)));
  if (resolved.startsWith("../")) return `${target} leaves the repository`;
  if (!existsSync(resolved)) return PENDING.has(resolved) ? null : `${resolved} does not exist`;
  if (anchor === undefined || !resolved.endsWith(".md") || statSync(resolved).isDirectory()) return null;
  return headingAnchors(readFileSync(resolved, "utf8")).has(anchor) ? null : `${resolved} has no heading for #${anchor}`;
}

describe("links between the documents", () => {
  it("every relative link of README.md and docs/ points at a file of the repository, and at a heading of it when it names one", async () => {
    const files = await markdownFiles();
    expect(files).toEqual(expect.arrayContaining(["README.md", "docs/configuration.md", "docs/send-money.md"]));
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      for (const { target, line } of linkTargets(readFileSync(file, "utf8"))) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto: and other absolute URLs
        checked++;
        const problem = brokenLink(file, target);
        if (problem) broken.push(`${file}:${line}: ${problem}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });

  it("the checker finds a missing file, a missing heading and a link out of the repository", () => {
    expect(brokenLink("docs/clients.md", "no-such-file.md")).toBe("docs/no-such-file.md does not exist");
    expect(brokenLink("README.md", "docs/clients.md#no-such-heading")).toBe("docs/clients.md has no heading for #no-such-heading");
    expect(brokenLink("docs/clients.md", "../../outside.md")).toBe("../../outside.md leaves the repository");
    expect(brokenLink("docs/clients.md", "configuration.md#requests-without-a-token")).toBeNull();
    expect(brokenLink("README.md", "docs/wise-coverage.md")).toBeNull();
  });

  it("headings become GitHub's anchors, and headings inside code blocks are not headings", () => {
    const anchors = headingAnchors("# Cache hints and `Cache-Control`\n\n## Apollo Studio's Explorer\n\n```sh\n# cache-control: no-store\n```\n\n## Notes\n\n## Notes\n");
    expect([...anchors]).toEqual(["cache-hints-and-cache-control", "apollo-studios-explorer", "notes", "notes-1"]);
  });
});
