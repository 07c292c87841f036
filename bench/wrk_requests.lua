-- wrk script for bench/ingress.py: every request is a distinct, pre-signed delivery read from a file, so the
-- dedup never answers "duplicate" and each request costs what a real delivery costs. Threads take disjoint slices.
-- Each line of the file: signature \t timestamp \t body. Usage: wrk -t N -s wrk_requests.lua URL -- FILE PATH N
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  requests_ = {}
  local nthreads = tonumber(args[3])
  local file = assert(io.open(args[1], "r"))
  local index = 0
  for line in file:lines() do
    if index % nthreads == id then
      local signature, stamp, body = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
      local headers = {["Content-Type"] = "application/json"}
      if signature ~= "" then
        headers["X-Zendesk-Webhook-Signature"] = signature
        headers["X-Zendesk-Webhook-Signature-Timestamp"] = stamp
        headers["X-Zendesk-Webhook-Id"] = "01HBENCHWEBHOOK000000000000"
      end
      table.insert(requests_, wrk.format("POST", args[2], headers, body))
    end
    index = index + 1
  end
  file:close()
  next_ = 0
  used = 0
  have = #requests_
end

function request()
  next_ = next_ % #requests_ + 1
  used = used + 1
  return requests_[next_]
end

function done(summary, latency, requests)
  local wrapped = 0
  for _, thread in ipairs(threads) do
    local sent = thread:get("used")
    local have = thread:get("have")
    if sent > have then wrapped = wrapped + (sent - have) end
  end
  io.write(string.format('WRK_JSON {"requests": %d, "duration_us": %d, "errors": %d, "non2xx": %d, ' ..
    '"p50_us": %d, "p99_us": %d, "wrapped": %d}\n',
    summary.requests, summary.duration,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50), latency:percentile(99), wrapped))
end
