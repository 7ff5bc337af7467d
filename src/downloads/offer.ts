import { apiError, ErrorCode } from "../common/errors.js";
import { DownloadLink } from "../common/download-link.type.js";
import type { WiseFileAnswer } from "../wise/file-answer.js";
import type { DownloadStore } from "./download-store.js";

/**
 * Keeps a file Wise answered and returns its short-lived link. The bytes are served as the media
 * type Wise named when it names a specific one, else as `contentType`.
 */
export function offerDownload(store: DownloadStore, file: WiseFileAnswer, fileName: string, contentType: string): DownloadLink {
  const named = file.contentType.split(";")[0]!.trim().toLowerCase();
  const type = named === "" || named === "application/octet-stream" ? contentType : file.contentType;
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
