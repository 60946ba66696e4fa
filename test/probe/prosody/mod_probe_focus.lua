-- Test stand-in for Jicofo's focus component: answers the web client's conference request
-- ready, as Jicofo does once the room may be joined.
local st = require "util.stanza";

local FOCUS = "http://jitsi.org/protocol/focus";

module:hook("iq-set/host/" .. FOCUS .. ":conference", function(event)
	local origin, stanza = event.origin, event.stanza;
	local request = stanza:get_child("conference", FOCUS);
	origin.send(st.reply(stanza):tag("conference", {
		xmlns = FOCUS,
		ready = "true",
		room = request.attr.room,
		focusjid = "focus@auth." .. module:get_option_string("xmpp_domain"),
	}));
	return true;
end);
