-- Shared by the load scripts: count answers that are errors in their body, and print
-- one JSON line of figures when wrk is done, for bench/load.py to read.
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

bad = 0

function count_bad(status, body)
  if status >= 400 or (body and (body:find('"errors"', 1, true) or body:find('"code"', 1, true))) then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("bad")
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"p50_ms":%.2f,"p99_ms":%.2f,"non_2xx_3xx":%d,"socket_errors":%d,"bad_bodies":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3,
    latency:percentile(99) / 1e3, e.status, e.connect + e.read + e.write + e.timeout, failed))
end
