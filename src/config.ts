/** The service's settings, read from the environment in one place and checked at start. */
export interface Config {
  /** Port of the GraphQL server (`PORT`, default 4000; 0 picks a free one). */
  port: number;
  /** Interface to listen on (`HOST`, default localhost). */
  host: string;
  /** `NODE_ENV=production` turns off introspection and the embedded explorer. */
  production: boolean;
  /** Real Wise, when both `WISE_API_URL` and `WISE_API_TOKEN` are set; otherwise the embedded sandbox runs. */
  wise: { url: string; token: string } | null;
  sandbox: {
    /** `WISE_SANDBOX_PORT`, default 0: a free loopback port. */
    port: number;
    /** `WISE_SANDBOX_LATENCY_MS`: a fixed delay on every sandbox call, for benchmarks. */
    latencyMs: number;
  };
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${name} must be an integer from ${min} to ${max}; got "${raw}".`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const url = env.WISE_API_URL?.trim();
  const token = env.WISE_API_TOKEN?.trim();
  if (Boolean(url) !== Boolean(token)) {
    throw new ConfigError("Set both WISE_API_URL and WISE_API_TOKEN to use a real Wise, or neither to use the embedded sandbox.");
  }
  if (url && !/^https?:\/\/[^\s/]+/.test(url)) throw new ConfigError(`WISE_API_URL must be an http(s) URL such as https://api.wise-sandbox.com; got "${url}".`);
  return {
    port: integer(env, "PORT", 4000, 0, 65535),
    host: env.HOST?.trim() || "localhost",
    production: env.NODE_ENV === "production",
    wise: url && token ? { url: url.replace(/\/+$/, ""), token } : null,
    sandbox: {
      port: integer(env, "WISE_SANDBOX_PORT", 0, 0, 65535),
      latencyMs: integer(env, "WISE_SANDBOX_LATENCY_MS", 0, 0, 60_000),
    },
  };
}
