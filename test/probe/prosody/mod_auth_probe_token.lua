-- Test stand-in for Jitsi's token authentication (mod_auth_token + token/util.lib.lua):
-- reads ?token= from the WebSocket URL and checks it during SASL ANONYMOUS, failing with
-- not-allowed and the reason texts the real plugin uses for the cases the probe tests meet.
local formdecode = require "util.http".formdecode;
local hashes = require "util.hashes";
local base64 = require "util.encodings".base64;
local json = require "util.json";
local sasl = require "util.sasl";
local new_sasl = sasl.new;
local generate_uuid = require "util.uuid".generate;

local app_id = module:get_option_string("app_id");
local app_secret = module:get_option_string("app_secret");

module:hook_global("websocket-session", function(event)
	local session, request = event.session, event.request;
	local query = request.url.query;
	if query ~= nil then
		local params = formdecode(query);
		session.auth_token = params and params.token or nil;
		session.jitsi_web_query_room = params and params.room or nil;
		session.jitsi_web_query_prefix = params and params.prefix or "";
	end
end);

local function b64url_decode(text)
	local padded = text:gsub("-", "+"):gsub("_", "/");
	local rest = #padded % 4;
	if rest == 2 then padded = padded .. "==" elseif rest == 3 then padded = padded .. "=" end
	return base64.decode(padded);
end

local function b64url_encode(bytes)
	return (base64.encode(bytes):gsub("+", "-"):gsub("/", "_"):gsub("=", ""));
end

local function decode_json(segment)
	if segment == nil or segment == "" or segment:find("=", 1, true) then return nil end
	local bytes = b64url_decode(segment);
	if bytes == nil then return nil end
	local ok, value = pcall(json.decode, bytes);
	if ok and type(value) == "table" then return value end
	return nil;
end

-- Returns claims, or nil and the server's reason text.
local function verify(token)
	if token == nil then return nil, "token required" end
	local header_b64, body_b64, signature = token:match("^([^.]*)%.([^.]*)%.([^.]*)$");
	if header_b64 == nil then return nil, "Invalid token" end
	local header = decode_json(header_b64);
	if header == nil then return nil, "Invalid header" end
	local body = decode_json(body_b64);
	if body == nil then return nil, "Invalid body" end
	if header.typ ~= "JWT" then return nil, "Invalid typ" end
	if header.alg ~= "HS256" then return nil, "Invalid or incorrect alg" end
	local expected = b64url_encode(hashes.hmac_sha256(app_secret, header_b64 .. "." .. body_b64));
	if expected ~= signature then return nil, "Invalid signature" end
	local now = os.time();
	if body.exp ~= nil and type(body.exp) ~= "number" then return nil, "exp must be number" end
	if body.nbf ~= nil and type(body.nbf) ~= "number" then return nil, "nbf must be number" end
	if body.exp ~= nil and now >= body.exp then
		local valid_for = type(body.iat) == "number" and (", valid for:" .. (body.exp - body.iat) .. " sec") or "";
		return nil, "Not acceptable by exp (" .. (now - body.exp) .. " sec since expired" .. valid_for .. ")";
	end
	if body.nbf ~= nil and now < body.nbf then return nil, "Not acceptable by nbf" end
	if body.iss == nil then return nil, "'iss' claim is missing" end
	if body.iss ~= app_id then return nil, "invalid 'iss' claim" end
	if body.aud == nil then return nil, "'aud' claim is missing" end
	if body.room == nil then return nil, "room claim is missing" end
	if body.sub == nil then return nil, "sub claim is missing" end
	return body;
end

local provider = {};

function provider.test_password() return nil, "Password based auth not supported" end
function provider.get_password() return nil end
function provider.set_password() return nil, "Set password not supported" end
function provider.user_exists() return nil end
function provider.create_user() return nil end
function provider.delete_user() return nil end

function provider.get_sasl_handler(session)
	local function check(self, username, realm) -- luacheck: ignore 212
		local claims, reason = verify(session.auth_token);
		if claims == nil then
			module:log("info", "token refused: %s", reason);
			session.auth_token = nil;
			return false, "not-allowed", reason;
		end
		session.jitsi_meet_room = claims.room;
		session.jitsi_meet_domain = claims.sub;
		return true;
	end
	return new_sasl(module.host, { anonymous = check });
end

module:provides("auth", provider);

-- As Jitsi does: ANONYMOUS that reports the provider's failure instead of retrying for ever.
local function anonymous(self, message) -- luacheck: ignore 212/message
	local username = generate_uuid();
	local ok, err, text = self.profile.anonymous(self, username, self.realm);
	if ok == true then
		self.username = username;
		return "success";
	end
	return "failure", err, text;
end

sasl.registerMechanism("ANONYMOUS", { "anonymous" }, anonymous);
