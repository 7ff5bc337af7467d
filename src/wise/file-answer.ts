import { z } from "zod";
import { WiseApiError } from "./errors.js";

/** A file Wise answered (a statement, a receipt): its bytes as sent and the media type it named. */
export interface WiseFileAnswer {
  bytes: Buffer;
  contentType: string;
}

/** Decodes a file answer: any bytes, with the media type Wise named. */
export const wiseFile = z.object({ bytes: z.instanceof(Buffer), contentType: z.string() });

/** Checks a file answer against its decoder (an expected media type, a non-empty body), or throws BAD_RESPONSE. */
export function decodeFileAnswer<T>(file: WiseFileAnswer, status: number, decoder: z.ZodType<T>, operation: string): T {
  const result = decoder.safeParse(file);
  if (!result.success) throw new WiseApiError("BAD_RESPONSE", status, [], null, operation, `${operation}: Wise's file answer did not match the contract`);
  return result.data;
}
