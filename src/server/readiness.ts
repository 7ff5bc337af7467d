/**
 * Readiness: can this instance reach Wise right now? Any HTTP answer from Wise's currencies route
 * (401 without a token is fine) means reachable. The answer is cached briefly so that a probe
 * storm never turns into Wise traffic, and the check is bounded in time so the probe stays quick.
 */
export function readinessCheck(wiseBaseUrl: string, options: { timeoutMs?: number; cacheMs?: number } = {}) {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const cacheMs = options.cacheMs ?? 5_000;
  let last: { at: number; result: Promise<{ ready: boolean; wise: string }> } | undefined;

  const probe = async () => {
    try {
      const response = await fetch(`${wiseBaseUrl}/v1/currencies`, { method: "GET", signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
      await response.body?.cancel();
      return { ready: true, wise: "reachable" };
    } catch {
      return { ready: false, wise: "unreachable" };
    }
  };

  return () => {
    if (!last || Date.now() - last.at > cacheMs) last = { at: Date.now(), result: probe() };
    return last.result;
  };
}
