-- Test stand-in for Jitsi's mod_token_verification on the MUC component: a token-authenticated
-- session may join only the room its token names (or "*"), and sub must be the XMPP domain.
local st = require "util.stanza";
local jid = require "util.jid";

local domain_base = module:get_option_string("muc_mapper_domain_base");

local function allowed(session, room_address)
	local room = session.jitsi_meet_room;
	if room == nil then return true end
	local node = jid.node(room_address);
	local claim = string.lower(room);
	if claim ~= "*" and claim ~= node then return false end
	local sub = session.jitsi_meet_domain;
	return sub == "*" or (type(sub) == "string" and string.lower(sub) == domain_base);
end

local function verify(event)
	local origin, stanza = event.origin, event.stanza;
	if not allowed(origin, stanza.attr.to) then
		origin.send(st.error_reply(stanza, "cancel", "not-allowed", "Room and token mismatched"));
		return true;
	end
end

-- As Jitsi's module: checked before a room is made, and before each join.
module:hook("muc-room-pre-create", verify, 99);
module:hook("muc-occupant-pre-join", verify, 99);
