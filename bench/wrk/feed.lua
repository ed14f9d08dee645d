-- A calendar app polling the whole feed with the ETag it was given: 304 while unchanged.
dofile(os.getenv("CIVICAL_WRK_DIR") .. "/report.lua")

wrk.headers["If-None-Match"] = os.getenv("CIVICAL_FEED_ETAG")
wrk.headers["User-Agent"] = "Microsoft Outlook 16.0"

function response(status, headers, body)
  if status ~= 304 and status ~= 200 then
    bad = bad + 1
  end
end
