-- Departments posting: each request a new posting, some of them the same session as
-- another department's (same morning, venue and policy), so matching merges them.
dofile(os.getenv("CIVICAL_WRK_DIR") .. "/report.lua")

local tokens = {}
for token in string.gmatch(os.getenv("CIVICAL_DEPARTMENT_TOKENS"), "[^,]+") do
  table.insert(tokens, token)
end
local titles = {"增值税留抵退税政策解读会", "出口退税业务培训", "安全生产标准化宣讲", "知识产权质押融资说明会"}
local places = {"石湾镇政务服务中心", "龙江镇会议中心", "县行政服务中心", "乐从镇商会"}
local counter = 0
local run = os.getenv("CIVICAL_RUN")

wrk.method = "POST"

function request()
  counter = counter + 1
  local n = counter
  local token = tokens[(id + n) % #tokens + 1]
  local day = 1 + (n * 7 + id) % 28
  local hour = 9 + (n % 2) * 5
  local which = (n + id) % #titles + 1
  local body = string.format(
    '{"query":"mutation($input: PostEventInput!) { postEvent(input: $input) { created merged userErrors { code } } }",'
    .. '"variables":{"input":{"externalId":"load-%s-%d-%d","kind":"TRAINING","title":"%s",'
    .. '"start":"2028-%02d-%02dT%02d:00:00+08:00","end":"2028-%02d-%02dT%02d:30:00+08:00",'
    .. '"location":"%s","topics":["t%d"],"audience":{"sectors":["manufacturing"],"regions":["石湾镇"]}}}}',
    run, id, n, titles[which], 3 + n % 6, day, hour, 3 + n % 6, day, hour + 1, places[which], which)
  local headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}
  return wrk.format(nil, nil, headers, body)
end

function response(status, headers, body)
  if status ~= 200 or body:find('"code"', 1, true) or body:find('"errors"', 1, true) then
    bad = bad + 1
  end
end
