-- wrk script (run with -t1 -c1): walks GET /api/contacts page by page, following nextCursor, until page
-- BENCH_DEEP_PAGE (default 5000) of BENCH_PAGE_SIZE (default 200) rows. Writes the cursor that fetches that page to
-- BENCH_CURSOR_FILE, so a later run can measure the deep page directly. wrk's latency figures are those of every
-- page along the walk.
local token = os.getenv("BENCH_TOKEN") or error("BENCH_TOKEN is not set")
local limit = tonumber(os.getenv("BENCH_PAGE_SIZE") or "200")
local target = tonumber(os.getenv("BENCH_DEEP_PAGE") or "5000")
local out = os.getenv("BENCH_CURSOR_FILE") or error("BENCH_CURSOR_FILE is not set")

local cursor = nil
local page = 1 -- the page the next request fetches

local function save(reason)
   local f = assert(io.open(out, "w"))
   f:write((cursor or ""), "\n", page, "\n", reason, "\n")
   f:close()
end

request = function()
   local path = "/api/contacts?limit=" .. limit
   if cursor then path = path .. "&cursor=" .. cursor end
   return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end

response = function(status, headers, body)
   if status ~= 200 then
      io.stderr:write("walk: HTTP " .. status .. " on page " .. page .. ": " .. body:sub(1, 300) .. "\n")
      save("error")
      wrk.thread:stop()
      return
   end
   local next_cursor = body:match('"nextCursor":"([^"]+)"')
   if next_cursor == nil then
      save("end of list")           -- fewer rows than asked for: the cursor of the last page reached
      wrk.thread:stop()
      return
   end
   cursor = next_cursor
   page = page + 1
   if page % 100 == 0 then
      save("stopped by the time limit") -- so a walk cut short by wrk's -d still leaves the deepest cursor reached
   end
   if page >= target then
      save("reached")               -- cursor now fetches page `target`
      wrk.thread:stop()
   end
end
