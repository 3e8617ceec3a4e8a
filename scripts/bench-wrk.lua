-- wrk script for `npm run bench` (scripts/bench-load.mjs): prints one JSON line with the summary.
-- With the env var BENCH_UNIQUE set, every request asks for a different path (its value + a counter),
-- so a per-URL cache cannot help: that is how a crawler or an attacker walks unknown URLs.
local unique = os.getenv("BENCH_UNIQUE")
local counter = 0

if unique then
  request = function()
    counter = counter + 1
    return wrk.format("GET", unique .. counter)
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"bytes":%d,"non2xx":%d,"errors":%d,"latencyP50ms":%.3f,"latencyP99ms":%.3f}\n',
    summary.requests, summary.duration, summary.bytes, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
