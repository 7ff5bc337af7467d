// Load drivers. GraphQL targets (ours, Mesh) and sequential REST steps run under autocannon,
// one sequence of steps per connection at a time; a REST flow whose rounds hold parallel calls
// runs under a small closed-loop driver on a keep-alive agent (autocannon keeps one request in
// flight per connection). Both time whole operations (every step) and count failed ones.

import http from "node:http";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";

/** Percentiles (ms) of a list of durations. */
export function percentiles(samples) {
  if (samples.length === 0) return { p50: NaN, p95: NaN, p99: NaN };
  const sorted = Float64Array.from(samples).sort();
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

function summary(ops, errors, firstError, latencies, seconds, requests) {
  return { ops, errors, firstError, seconds, opsPerSecond: ops / seconds, requests, ...percentiles(latencies) };
}

/** Runs `steps` in a loop on `connections` connections for `seconds` (or `amount` requests). */
export async function runSteps({ baseUrl, steps, headers = {}, connections, seconds, amount, onProgress }) {
  let ops = 0;
  let errors = 0;
  let firstError = null;
  const latencies = [];
  const last = steps.length - 1;
  const requests = steps.map((step, index) => ({
    method: step.method,
    path: step.path,
    headers: { ...headers, ...(step.body ? { "content-type": "application/json" } : {}), ...step.headers },
    setupRequest(request, context) {
      if (index === 0) {
        context.t0 = performance.now();
        context.failed = false;
      } else if (context.failed) {
        return null; // start the sequence over
      }
      return step.body ? { ...request, body: step.body(context) } : request;
    },
    onResponse(status, body, context) {
      let problem = null;
      try {
        problem = step.check ? step.check(status, body, context) : null;
      } catch (error) {
        problem = `check failed: ${error.message}: ${String(body).slice(0, 200)}`;
      }
      if (problem) {
        errors++;
        firstError ??= problem;
        context.failed = true;
      } else if (index === last) {
        ops++;
        latencies.push(performance.now() - context.t0);
      }
      onProgress?.(ops);
    },
  }));
  const result = await autocannon({
    url: baseUrl,
    connections,
    pipelining: 1,
    ...(amount ? { amount } : { duration: seconds }),
    timeout: 30,
    requests,
  });
  const elapsed = amount ? result.duration : seconds;
  return summary(ops, errors, firstError, latencies, elapsed, result.requests.total);
}

/** A tiny REST client on one keep-alive agent: `get(path)` and `post(path, json)` return parsed JSON. */
export function restClient(baseUrl, token, agent) {
  const url = new URL(baseUrl);
  let requests = 0;
  const send = (method, path, body, options = {}) =>
    new Promise((resolve, reject) => {
      requests++;
      const request = http.request(
        {
          host: url.hostname,
          port: url.port,
          method,
          path,
          agent,
          headers: { authorization: `Bearer ${token}`, accept: "application/json", ...(body ? { "content-type": "application/json" } : {}) },
        },
        (response) => {
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk) => (text += chunk));
          response.on("end", () => {
            const status = response.statusCode ?? 0;
            if ((status >= 200 && status < 300) || (status === 404 && options.allow404)) resolve(text ? JSON.parse(text) : null);
            else reject(new Error(`${method} ${path}: HTTP ${status} ${text.slice(0, 200)}`));
          });
          response.on("error", reject);
        },
      );
      request.on("error", reject);
      request.end(body);
    });
  return {
    get: (path, options) => send("GET", path, undefined, options),
    post: (path, value) => send("POST", path, JSON.stringify(value)),
    get requests() {
      return requests;
    },
  };
}

/** Runs a REST flow as `connections` closed-loop clients for `seconds`. */
export async function runFlow({ baseUrl, token, flow, connections, seconds }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const client = restClient(baseUrl, token, agent);
  const latencies = [];
  let ops = 0;
  let errors = 0;
  let firstError = null;
  const deadline = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const start = performance.now();
      try {
        await flow(client);
        ops++;
        latencies.push(performance.now() - start);
      } catch (error) {
        errors++;
        firstError ??= error.message;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();
  return summary(ops, errors, firstError, latencies, seconds, client.requests);
}

/** Runs `steps` (or a flow) once, sequentially, with fetch: for call counts and to check answers. */
export async function runOnce({ baseUrl, steps, flow, headers = {}, token }) {
  if (flow) {
    const agent = new http.Agent({ keepAlive: true });
    try {
      const client = restClient(baseUrl, token, agent);
      await flow(client);
      return { requests: client.requests };
    } finally {
      agent.destroy();
    }
  }
  const context = {};
  for (const step of steps) {
    const response = await fetch(baseUrl + step.path, {
      method: step.method,
      headers: { ...headers, ...(step.body ? { "content-type": "application/json" } : {}), ...step.headers },
      body: step.body ? step.body(context) : undefined,
    });
    const text = await response.text();
    const problem = step.check ? step.check(response.status, text, context) : null;
    if (problem) throw new Error(problem);
  }
  return { requests: steps.length };
}
