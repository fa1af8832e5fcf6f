package org

import (
	"time"

	"github.com/latchkey/latchkey/ent"
)

// Status is where an invitation stands.
type Status string

// The statuses of an invitation, as the schema's InvitationStatus spells them.
const (
	StatusPending  Status = "PENDING"
	StatusAccepted Status = "ACCEPTED"
	StatusRevoked  Status = "REVOKED"
	StatusExpired  Status = "EXPIRED"
)

// InvitationStatus tells where inv stands at now: accepted or revoked for
// good (whatever its expiry), else expired once its expiry is not after
// now, else pending. Only a pending invitation can be redeemed.
func InvitationStatus(inv *ent.Invitation, now time.Time) Status {
	switch {
	case inv.AcceptedAt != nil:
		return StatusAccepted
	case inv.RevokedAt != nil:
		return StatusRevoked
	case !inv.ExpiresAt.After(now):
		return StatusExpired
	}
	return StatusPending
}
