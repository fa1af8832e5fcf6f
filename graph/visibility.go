package graph

import (
	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/auth"
)

// visibleNode returns n if the viewer may see it through node/nodes, or nil
// (as if it did not exist). Admins see every user; others only themselves.
func visibleNode(v *auth.Viewer, n ent.Noder) ent.Noder {
	if v.IsAdmin() {
		return n
	}
	if u, ok := n.(*ent.User); ok && u.ID == v.User.ID {
		return n
	}
	return nil
}
