import { readdir } from "node:fs/promises";
import path from "node:path";

/** README.md and every markdown file under docs/, as paths relative to the repository root, sorted. */
export async function markdownFiles(root = process.cwd()): Promise<string[]> {
  const docs = await readdir(path.join(root, "docs"), { recursive: true });
  const nested = docs.filter((file) => file.endsWith(".md")).map((file) => path.posix.join("docs", file.split(path.sep).join("/")));
  return ["README.md", ...nested.sort()];
}

/** The text outside fenced code blocks and inline code, where links and headings are markdown. */
export function prose(markdown: string): string {
  // Blanked rather than removed, so that line numbers stay those of the file.
  const blank = (text: string) => text.replace(/[^\n]/g, " ");
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]*`/g, blank);
}

/** The anchors GitHub makes for a file's headings: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const withoutFences = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
  for (const [, heading] of withoutFences.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Every inline link and image target of the prose, `[text](target)`, with its line number. */
export function linkTargets(markdown: string): Array<{ target: string; line: number }> {
  const text = prose(markdown);
  const links: Array<{ target: string; line: number }> = [];
  for (const match of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    links.push({ target: match[1], line: text.slice(0, match.index).split("\n").length });
  }
  return links;
}
