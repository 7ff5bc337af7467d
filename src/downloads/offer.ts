import { apiError, ErrorCode } from "../common/errors.js";
import { DownloadLink } from "../common/download-link.type.js";
import type { WiseFileAnswer } from "../wise/file-answer.js";
import type { DownloadStore } from "./download-store.js";

/**
 * Keeps a file Wise answered and returns its short-lived link. The bytes are always served as the
 * media type the caller expects (`contentType`), with Wise's parameters (a charset) only when Wise
 * named that same type: an answer labelled otherwise (text/html) is never served as such from
 * this server's origin.
 */
export function offerDownload(store: DownloadStore, file: WiseFileAnswer, fileName: string, contentType: string): DownloadLink {
  const named = file.contentType.split(";")[0]!.trim().toLowerCase();
  const type = named === contentType ? file.contentType.trim() : contentType;
  const offered = store.put({ bytes: file.bytes, contentType: type, fileName });
  if (offered === null) throw apiError(ErrorCode.UPSTREAM_UNAVAILABLE, "The file is larger than this server hands out as a download; ask for a shorter period.");
  return Object.assign(new DownloadLink(), {
    url: store.url(offered.id),
    expiresAt: new Date(offered.expiresAtMs),
    contentType: type,
    fileName,
    byteSize: file.bytes.length,
  });
}
