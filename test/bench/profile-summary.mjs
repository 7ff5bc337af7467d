#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `npm run bench -- --profile`): self time by function and by
// package, so the hot spots of the server under the benchmark's load are easy to read.
//   node test/bench/profile-summary.mjs test/bench/results/profiles/CPU.*.cpuprofile [top]
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: node test/bench/profile-summary.mjs <file.cpuprofile> [top]");
  process.exit(1);
}
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);

const where = (url) => {
  if (!url) return "(native)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split("/");
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith("node:")) return "node:" + url.slice(5).split("/")[0];
  const dist = url.indexOf("/dist/");
  return dist >= 0
    ? "ours:" +
        url
          .slice(dist + 6)
          .split("/")
          .slice(0, 2)
          .join("/")
    : url;
};
// `npm start` runs a bundle (dist/bundle/*.mjs): its source maps give each frame back its file.
const maps = new Map();
function original(callFrame) {
  if (!callFrame.url.endsWith(".mjs")) return { url: callFrame.url, line: callFrame.lineNumber };
  if (!maps.has(callFrame.url)) {
    const mapFile = `${fileURLToPath(callFrame.url)}.map`;
    maps.set(callFrame.url, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, "utf8"))) : null);
  }
  const entry = maps.get(callFrame.url)?.findEntry(callFrame.lineNumber, callFrame.columnNumber);
  if (!entry?.originalSource) return { url: callFrame.url, line: callFrame.lineNumber };
  const source = entry.originalSource.replace(/^(\.\.\/)+/, "/");
  return { url: source.startsWith("/src/") ? `/dist/${source.slice(5)}` : source, line: entry.originalLine };
}

const byFunction = new Map();
const byPackage = new Map();
for (const [id, time] of self) {
  const { callFrame } = byId.get(id);
  const { url, line } = callFrame.url.startsWith("file:") ? original(callFrame) : { url: callFrame.url, line: callFrame.lineNumber };
  const fn = `${callFrame.functionName || "(anonymous)"} ${where(url)}:${line + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + time);
  const pkg = where(url);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + time);
}
const print = (title, map, n) => {
  console.log(`\n${title}`);
  for (const [name, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) {
    console.log(`${((100 * time) / total).toFixed(1).padStart(5)}%  ${(time / 1000).toFixed(0).padStart(6)} ms  ${name}`);
  }
};
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
print("Self time by package", byPackage, 25);
print("Self time by function", byFunction, top);
