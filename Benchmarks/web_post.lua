-- wrk script for web_bench.py: every request posts one pain entry with a uid of its own, so that every
-- answer is a 201 and the database can be counted afterwards.
local counter = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + number)
end

local function hex(digits)
  local text = ""
  for _ = 1, digits do text = text .. string.format("%x", math.random(0, 15)) end
  return text
end

request = function()
  counter = counter + 1
  local uid = hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-a" .. hex(3) .. "-" .. hex(12)
  local body = string.format(
    '{"type":"pain","score":%d,"date":"2024-%02d-%02d","uid":"%s","note":"wrk %d"}',
    counter % 11, 1 + counter % 12, 1 + counter % 28, uid, counter)
  return wrk.format("POST", "/api/entries", nil, body)
end
