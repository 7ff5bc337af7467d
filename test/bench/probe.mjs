// Preloaded (`node --import`) into the measured server processes by the benchmark. Over the IPC
// channel it answers `{type: "memory", gc}` with process.memoryUsage() (after a full GC when asked
// and `--expose-gc` is on), and `{type: "profile-start"}` / `{type: "profile-stop", file}` with a
// V8 CPU profile of the process (node:inspector), so one operation's load can be profiled.
// It changes nothing else in the process.
import { writeFileSync } from "node:fs";
import inspector from "node:inspector";

if (process.send) {
  let session = null;
  const reply = (message, extra) => process.send({ type: message.type, id: message.id, ...extra });
  process.on("message", (message) => {
    if (message?.type === "memory") {
      if (message.gc && typeof globalThis.gc === "function") globalThis.gc();
      const usage = process.memoryUsage();
      reply(message, { rss: usage.rss, heapUsed: usage.heapUsed, heapTotal: usage.heapTotal, external: usage.external });
    } else if (message?.type === "profile-start") {
      session = new inspector.Session();
      session.connect();
      // CPU samples, and allocation samples when asked (BENCH_HEAP_PROFILE=1), collected objects
      // included: where the garbage collector's work comes from.
      const heap = process.env.BENCH_HEAP_PROFILE === "1";
      session.post("Profiler.enable", () =>
        session.post("Profiler.start", () =>
          heap
            ? session.post("HeapProfiler.startSampling", { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true }, () =>
                reply(message),
              )
            : reply(message),
        ),
      );
    } else if (message?.type === "profile-stop" && session) {
      session.post("Profiler.stop", (error, result) => {
        if (!error) writeFileSync(message.file, JSON.stringify(result.profile));
        const done = () => {
          session.disconnect();
          session = null;
          reply(message, { error: error?.message });
        };
        if (process.env.BENCH_HEAP_PROFILE !== "1") return done();
        session.post("HeapProfiler.stopSampling", (heapError, heap) => {
          if (!heapError) writeFileSync(message.file.replace(/\.cpuprofile$/, ".heapprofile"), JSON.stringify(heap.profile));
          done();
        });
      });
    }
  });
  // The IPC channel must not keep a process alive that would otherwise exit.
  process.channel?.unref();
}
