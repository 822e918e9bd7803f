-- wrk -s bench/wrk-register.lua: every request registers someone new for a session.
-- Environment: REGISTER_EVENT (event id), REGISTER_FIRST_SESSION, REGISTER_SESSIONS (how many
-- consecutive session ids to spread over), REGISTER_TOKEN and REGISTER_COOKIE (one anti-forgery pair).
-- Every fourth request is a group of 2 to 6; e-mail addresses never repeat (thread number + counter).
-- The summary line of every benchmark (defines done()).
dofile(os.getenv("BENCH_DIR") .. "/wrk-summary.lua")
local threads = 0
local event = os.getenv("REGISTER_EVENT")
local first = tonumber(os.getenv("REGISTER_FIRST_SESSION"))
local spread = tonumber(os.getenv("REGISTER_SESSIONS"))
local token = os.getenv("REGISTER_TOKEN")
local cookie = os.getenv("REGISTER_COOKIE")

function setup(thread)
   threads = threads + 1
   thread:set("number", threads)
end

local counter = 0
function request()
   counter = counter + 1
   local session = first + (counter * 7 + number) % spread
   local body
   if counter % 4 == 0 then
      body = string.format("Input.SessionId=%d&Input.Kind=Group&Input.Name=Professeur&Input.Email=g%d-%d%%40exemple.fr&Input.Establishment=College&Input.Participants=%d&Input.Consent=true&__RequestVerificationToken=%s",
         session, number, counter, 2 + counter % 5, token)
   else
      body = string.format("Input.SessionId=%d&Input.Kind=Individual&Input.Name=Visiteur&Input.Email=v%d-%d%%40exemple.fr&Input.Consent=true&__RequestVerificationToken=%s",
         session, number, counter, token)
   end
   return wrk.format("POST", "/evenements/" .. event .. "/inscription",
      { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie }, body)
end

