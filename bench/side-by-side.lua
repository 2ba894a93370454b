-- wrk script of bench/side-by-side.sh: POST bodies that must differ per request, and decisions that need a
-- fresh plan per request. The headers (Authorization, Content-Type, If-Match) come from wrk's -H options.
--
--   wrk ... -s bench/side-by-side.lua <url> -- template BODY_FILE PREFIX
--       POST the file's body, with every {{N}} replaced by PREFIX-<thread>-<counter> (unique names/titles)
--   wrk ... -s bench/side-by-side.lua <url> -- walk IDS_FILE THREADS PATH_SUFFIX BODY_FILE
--       POST <url's path>/<id><PATH_SUFFIX> with the file's body, one id per request: thread k of THREADS takes
--       every THREADS-th id of the file; a thread that has used all of its ids stops (wrk then reports the
--       requests it made over the time it ran)

local next_thread = 0

function setup(thread)
  thread:set("thread_no", next_thread)
  next_thread = next_thread + 1
end

local mode, body, prefix, counter, ids, position, base_path, path_suffix

local function read_file(name)
  local file = assert(io.open(name, "r"), "cannot read " .. tostring(name))
  local text = file:read("*a")
  file:close()
  return text
end

function init(args)
  mode = args[1]
  base_path = wrk.path
  counter = 0
  if mode == "template" then
    body = read_file(args[2])
    prefix = (args[3] or "bench") .. "-" .. tostring(thread_no)
  elseif mode == "walk" then
    local threads = tonumber(args[3])
    path_suffix = args[4]
    body = read_file(args[5])
    ids = {}
    local i = 0
    for line in io.lines(args[2]) do
      if line ~= "" then
        if i % threads == thread_no then
          ids[#ids + 1] = line
        end
        i = i + 1
      end
    end
    position = 0
  else
    error("side-by-side.lua: unknown mode " .. tostring(mode) .. " (template or walk)")
  end
end

function request()
  if mode == "template" then
    counter = counter + 1
    local unique = prefix .. "-" .. tostring(counter)
    local text = body:gsub("{{N}}", unique)
    return wrk.format("POST", base_path, nil, text)
  end
  position = position + 1
  if position > #ids then
    -- out of fresh plans: stop this thread rather than send a request that can only fail
    wrk.thread:stop()
    position = #ids
    return wrk.format("GET", "/q/health/live", nil, nil)
  end
  return wrk.format("POST", base_path .. ids[position] .. path_suffix, nil, body)
end
