-- wrk script: GET one path (BENCH_PATH, e.g. "/api/contacts?limit=50") with a bearer token (BENCH_TOKEN),
-- counting responses that are not 200.
local token = os.getenv("BENCH_TOKEN") or error("BENCH_TOKEN is not set")
local path = os.getenv("BENCH_PATH") or error("BENCH_PATH is not set")

request = function()
   return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end

local reported = 0
response = function(status, headers, body)
   if status ~= 200 and reported < 3 then
      reported = reported + 1
      io.stderr:write("unexpected HTTP " .. status .. ": " .. body:sub(1, 300) .. "\n")
   end
end
