-- wrk script: POST /api/contacts with varied JSON bodies and a bearer token (BENCH_TOKEN).
-- Every request is a new contact; names, e-mails, phones, jobs and organizations vary.
local token = os.getenv("BENCH_TOKEN") or error("BENCH_TOKEN is not set")

local first = {"Ada", "Alan", "Grace", "Linus", "Sophie", "Lukas", "Chloé", "Mateo", "Giulia", "Zofia",
               "Sanne", "Ingrid", "Aino", "João", "Yuki", "Wei", "Priya", "Kwame", "Layla", "Zeynep",
               "Dmitri", "Camila", "Ethan", "Siobhán", "Omar", "Mei", "Arjun", "Freya", "Hugo", "Nia"}
local last = {"Lovelace", "Turing", "Hopper", "Müller", "Dubois", "García", "Rossi", "Nowak", "de Vries",
              "Andersson", "Korhonen", "Silva", "Tanaka", "Chen", "Sharma", "Mensah", "Haddad", "Yılmaz",
              "Ivanov", "O'Brien", "Smith", "Kowalski", "Martin", "Patel", "Okafor", "Nakamura", "Costa"}
local orgs = {"Analytical Engines", "Northwind Logistics", "Blue Harbor Labs", "Summit Health GmbH",
              "Polaris Data", "Granite Capital", "Nimbus Software Ltd", "Falcon Aerospace", "Juniper Foods"}
local jobs = {"Sales Manager", "Senior Data Engineer", "Head of Procurement", "CTO", "Account Executive",
              "Lead Product Designer", "Operations Analyst", "Founder", "Buyer"}


local thread_id = 0

function setup(thread)
   thread_id = thread_id + 1
   thread:set("tid", thread_id)
end

function init(args)
   math.randomseed(os.time() * 1000 + (tid or 0))
end

local function pick(list) return list[math.random(#list)] end

local function ascii(s) return (s:gsub("[^%w]", ""):lower()) end

request = function()
   local f, l = pick(first), pick(last)
   local n = math.random(1, 999999)
   local body = string.format(
      '{"name":"%s %s","email":"%s.%s%d@example.com","phone":"+44 20 7946 0%03d","jobPosition":"%s","organization":"%s"}',
      f, l:gsub('"', ''), ascii(f), ascii(l), n, math.random(0, 999), pick(jobs), pick(orgs))
   return wrk.format("POST", "/api/contacts", {
      ["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer " .. token,
   }, body)
end

local reported = 0
response = function(status, headers, body)
   if status ~= 201 and reported < 3 then
      reported = reported + 1
      io.stderr:write("unexpected HTTP " .. status .. ": " .. body:sub(1, 300) .. "\n")
   end
end
