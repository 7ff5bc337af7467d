import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { listProfiles } from "../../src/wise/endpoints/profiles.js";
import { WiseClient, DEADLINE_EXCEEDED } from "../../src/wise/client.js";
import { WiseApiError } from "../../src/wise/errors.js";
import { createSession } from "../../src/wise/session.js";

// A stand-in for Wise that counts the requests it is serving at once and answers each after a
// pause, so the client's cap on calls in flight can be seen from the server's side.
let server: http.Server;
let baseUrl: string;
let inFlight = 0;
let maxInFlight = 0;
let received = 0;
let delayMs = 30;

beforeAll(async () => {
  server = http.createServer((_request, response) => {
    received++;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      response.writeHead(200, { "content-type": "application/json" }).end("[]");
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const reset = (delay: number) => {
  inFlight = 0;
  maxInFlight = 0;
  received = 0;
  delayMs = delay;
};

describe("Wise calls in flight are capped per process", () => {
  it("sends at most maxConcurrentCalls at once; the others wait and all succeed", async () => {
    reset(30);
    const client = new WiseClient({ baseUrl, maxConcurrentCalls: 3 });
    const session = createSession(client, "token");
    const answers = await Promise.all(Array.from({ length: 12 }, () => listProfiles(session)));
    expect(answers).toEqual(Array.from({ length: 12 }, () => []));
    expect(received).toBe(12);
    expect(maxInFlight).toBe(3);
    client.shutdown();
  });

  it("a waiting call gives up at its request's deadline, unsent, without waiting for its turn", async () => {
    reset(500);
    const client = new WiseClient({ baseUrl, maxConcurrentCalls: 1 });
    let firstDone = false;
    const first = listProfiles(createSession(client, "token")).then(() => (firstDone = true));
    const late = listProfiles(createSession(client, "token", Date.now() + 50));
    const error = await late.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WiseApiError);
    expect((error as WiseApiError).networkCode).toBe(DEADLINE_EXCEEDED);
    // It answered while the call ahead of it was still in flight (the server holds that one 500 ms).
    expect(firstDone).toBe(false);
    await first;
    // Its turn came after the first call, and it was not sent then either.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received).toBe(1);
    client.shutdown();
  });

  it("calls that gave up at their deadline do not count against Wise's route (its breaker stays closed)", async () => {
    reset(300);
    const client = new WiseClient({ baseUrl, maxConcurrentCalls: 1 });
    const first = listProfiles(createSession(client, "token"));
    const late = Array.from({ length: 15 }, () => listProfiles(createSession(client, "token", Date.now() + 20)).catch((e: unknown) => e));
    for (const error of await Promise.all(late)) expect((error as WiseApiError).networkCode).toBe(DEADLINE_EXCEEDED);
    await first;
    reset(1);
    // Fifteen failures in the window would open the breaker if they were Wise's: this call goes through.
    expect(await listProfiles(createSession(client, "token"))).toEqual([]);
    expect(received).toBe(1);
    client.shutdown();
  });
});
