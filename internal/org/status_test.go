package org

import (
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
)

func TestInvitationStatus(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	before, after := now.Add(-time.Second), now.Add(time.Second)
	tests := []struct {
		name string
		inv  ent.Invitation
		want Status
	}{
		{"an invitation not yet used is pending", ent.Invitation{ExpiresAt: after}, StatusPending},
		{"an invitation at its expiry has expired", ent.Invitation{ExpiresAt: now}, StatusExpired},
		{"an invitation past its expiry has expired", ent.Invitation{ExpiresAt: before}, StatusExpired},
		{"an accepted invitation stays accepted after its expiry", ent.Invitation{ExpiresAt: before, AcceptedAt: &before}, StatusAccepted},
		{"a revoked invitation stays revoked after its expiry", ent.Invitation{ExpiresAt: before, RevokedAt: &before}, StatusRevoked},
		{"a revoked invitation is revoked before its expiry", ent.Invitation{ExpiresAt: after, RevokedAt: &before}, StatusRevoked},
		{"acceptance wins over a later revocation", ent.Invitation{ExpiresAt: after, AcceptedAt: &before, RevokedAt: &now}, StatusAccepted},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := InvitationStatus(&tt.inv, now); got != tt.want {
				t.Fatalf("got %s, want %s", got, tt.want)
			}
		})
	}
}
