// A tiny webhook receiver for tests: an HTTP server on a free loopback port that records every
// request (headers and raw body) and answers each with the next status of a script (then 200),
// or hangs when the script says "hang". waitFor() resolves once N requests have arrived.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { verify } from "node:crypto";

export interface ReceivedWebhook {
  headers: IncomingMessage["headers"];
  body: string;
}

export interface WebhookReceiver {
  /** The URL to register, e.g. http://127.0.0.1:PORT/hooks. */
  url: string;
  received: ReceivedWebhook[];
  /** Resolves with the requests once at least `count` have arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

/** Whether a request carries a valid X-Signature-SHA256 of its body for this public key. */
export function signatureValid(webhook: ReceivedWebhook, publicKeyPem: string): boolean {
  const signature = webhook.headers["x-signature-sha256"];
  return typeof signature === "string" && verify("sha256", Buffer.from(webhook.body), publicKeyPem, Buffer.from(signature, "base64"));
}

export async function startWebhookReceiver(script: Array<number | "hang"> = []): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const hung: ServerResponse[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const answer = script.shift() ?? 200;
      if (answer === "hang") hung.push(res);
      else res.writeHead(answer).end();
      for (const waiter of waiters.filter((w) => received.length >= w.count)) waiter.resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    waitFor(count, timeoutMs = 5_000) {
      if (received.length >= count) return Promise.resolve(received);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`webhook receiver: ${received.length} of ${count} requests after ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(received);
          },
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hung) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
