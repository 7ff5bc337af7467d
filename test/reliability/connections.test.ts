import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import net from "node:net";
import { startHarness, type Harness } from "../helpers/harness.js";

const limits = { maxConnections: 5, headersTimeoutMs: 1_000, keepAliveTimeoutMs: 1_000 };

interface HeldSocket {
  socket: net.Socket;
  /** Everything the server sent before closing it. */
  closed: Promise<string>;
}

/** Opens a raw TCP connection and optionally sends `data` once connected. */
async function hold(port: number, data?: string): Promise<HeldSocket> {
  const socket = net.connect(port, "127.0.0.1");
  let received = "";
  socket.on("data", (chunk: Buffer) => (received += chunk.toString()));
  const closed = new Promise<string>((resolve) => socket.once("close", () => resolve(received)));
  socket.on("error", () => undefined);
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()).once("close", () => resolve()));
  if (data) socket.write(data);
  return { socket, closed };
}

/** Resolves to what each socket got, or rejects if one is still open after `ms` (a generous bound). */
async function allClosed(sockets: HeldSocket[], ms: number): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`sockets still open after ${ms} ms`)), ms)));
  try {
    return await Promise.race([Promise.all(sockets.map((s) => s.closed)), late]);
  } finally {
    clearTimeout(timer);
  }
}

function connections(h: Harness): Promise<number> {
  return new Promise((resolve, reject) => h.server.app.server.getConnections((error, count) => (error ? reject(error) : resolve(count))));
}

let h: Harness;
let port: number;
beforeAll(async () => {
  h = await startHarness({ server: { http: limits } });
  port = Number(new URL(h.url).port);
});
afterAll(async () => {
  await h.close();
});

describe("HTTP connection limits", () => {
  it("holds at most HTTP_MAX_CONNECTIONS sockets, closes silent ones after the headers timeout, then serves a real request", async () => {
    // Four times the cap of sockets that connect and never send a byte.
    const silent: HeldSocket[] = [];
    for (let i = 0; i < limits.maxConnections * 4; i++) silent.push(await hold(port));
    expect(await connections(h)).toBeLessThanOrEqual(limits.maxConnections);
    const answers = await allClosed(silent, 20_000);
    // Those the server held were answered 408 by the headers timeout; those past the cap were
    // closed at once, unanswered.
    expect(answers.filter((text) => text.startsWith("HTTP/1.1 408")).length).toBeGreaterThanOrEqual(1);
    expect(answers.every((text) => text === "" || text.startsWith("HTTP/1.1 408"))).toBe(true);

    const served = await h.request(parse("{ __typename }") as TypedDocumentNode<{ __typename: string }, Record<string, never>>, undefined, { token: h.alice.token });
    expect(served.status).toBe(200);
    expect(served.body.data).toBeTruthy();
  });

  it("closes a socket that sends its headers too slowly, and an idle keep-alive socket", async () => {
    // Slowloris: a header line every 200 ms, never the blank line that ends them.
    const slow = await hold(port, "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    const trickle = setInterval(() => slow.socket.write("x-slow: 1\r\n"), 200);
    // A full request on a keep-alive connection, then silence.
    const body = JSON.stringify({ query: "{ __typename }" });
    const idle = await hold(
      port,
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: keep-alive\r\n\r\n${body}`,
    );
    try {
      const [slowAnswer, idleAnswer] = await allClosed([slow, idle], 20_000);
      expect(slowAnswer).toMatch(/^HTTP\/1\.1 408/);
      expect(idleAnswer).toMatch(/^HTTP\/1\.1 200/);
      expect(idleAnswer).toContain('"__typename":"Query"');
    } finally {
      clearInterval(trickle);
    }
    // Nothing is left holding a descriptor (the harness' own keep-alive socket times out too).
    const until = Date.now() + 10_000;
    while ((await connections(h)) > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await connections(h)).toBe(0);
  });
});
