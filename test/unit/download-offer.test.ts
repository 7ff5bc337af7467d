import { describe, expect, it } from "@jest/globals";
import { DownloadStore } from "../../src/downloads/download-store.js";
import { offerDownload } from "../../src/downloads/offer.js";
import { defaultDownloadLimits } from "../../src/server/download-limits.js";

describe("offerDownload", () => {
  const store = () => new DownloadStore(defaultDownloadLimits);
  const bytes = Buffer.from("a,b\r\n");

  it("serves the expected media type, with Wise's charset when Wise named the same type", () => {
    const link = offerDownload(store(), { bytes, contentType: "text/csv;charset=UTF-8" }, "s.csv", "text/csv");
    expect(link.contentType).toBe("text/csv;charset=UTF-8");
  });

  it("never serves another type Wise's answer claims (text/html from this origin), nor none", () => {
    const s = store();
    expect(offerDownload(s, { bytes, contentType: "text/html" }, "s.csv", "text/csv").contentType).toBe("text/csv");
    expect(offerDownload(s, { bytes, contentType: "application/octet-stream" }, "r.pdf", "application/pdf").contentType).toBe("application/pdf");
    const link = offerDownload(s, { bytes, contentType: "" }, "r.pdf", "application/pdf");
    expect(s.get(link.url.split("/").at(-1)!)?.contentType).toBe("application/pdf");
  });

  it("keeps files for the TTL only, and the oldest go first when the total passes its cap", () => {
    let now = 1_000;
    const s = new DownloadStore({ ...defaultDownloadLimits, ttlMs: 100, maxTotalBytes: 10, maxFileBytes: 6 }, () => now);
    const a = s.put({ bytes: Buffer.alloc(5), contentType: "text/plain", fileName: "a" })!;
    const b = s.put({ bytes: Buffer.alloc(5), contentType: "text/plain", fileName: "b" })!;
    expect(s.put({ bytes: Buffer.alloc(7), contentType: "text/plain", fileName: "big" })).toBeNull();
    const c = s.put({ bytes: Buffer.alloc(5), contentType: "text/plain", fileName: "c" })!;
    expect([s.get(a.id), s.get(b.id)?.fileName, s.get(c.id)?.fileName]).toEqual([undefined, "b", "c"]);
    expect(s.bytes).toBe(10);
    now += 100;
    expect([s.get(b.id), s.get(c.id)]).toEqual([undefined, undefined]);
    expect(s.bytes).toBe(0);
  });
});
