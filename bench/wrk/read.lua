-- Anonymous calendar reads: the first page of 50 sessions of the coming months.
dofile(os.getenv("CIVICAL_WRK_DIR") .. "/report.lua")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format('{"query":"{ calendar(from: \\"%s\\", to: \\"%s\\", first: 50) { totalCount edges { node { uid title start end location hosts { slug } } } } }"}', os.getenv("CIVICAL_READ_FROM"), os.getenv("CIVICAL_READ_TO"))

function response(status, headers, body)
  count_bad(status, body)
end
