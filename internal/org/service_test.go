package org

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/ent/invitation"
	"github.com/latchkey/latchkey/ent/membership"
	"github.com/latchkey/latchkey/ent/outboxmessage"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/clock/clocktest"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/password/passwordtest"
	"github.com/latchkey/latchkey/internal/rights"
	"github.com/latchkey/latchkey/internal/testdb"
)

const goodPassword = "Correct-Horse-9"

// world is the organisation service on a fresh database, with a clock the
// test moves and an outbox whose links the test reads back.
type world struct {
	db    *database.DB
	s     *Service
	clock *clocktest.Clock
}

func newWorld(t *testing.T, db *database.DB) *world {
	t.Helper()
	w := &world{db: db}
	w.clock = clocktest.New()
	clk := w.clock.Clock()
	outbox := mail.NewOutbox("http://id.example.com", nil)
	accounts := &account.Service{Client: db.Client, Hasher: passwordtest.Hasher(), Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Dialect: db.Dialect, Outbox: outbox, Keys: outbox.Keys, Now: clk}
	w.s = &Service{Client: db.Client, Accounts: accounts, Outbox: outbox, Now: clk}
	return w
}

// actor makes an account and returns it as an actor.
func (w *world) actor(t *testing.T, name string, admin bool) Actor {
	t.Helper()
	u, err := w.s.Accounts.CreateUser(context.Background(), account.NewUser{Email: name + "@example.com", Username: name, Name: name, Password: goodPassword, Admin: admin})
	if err != nil {
		t.Fatal(err)
	}
	return Actor{User: u, Admin: admin}
}

// member makes an account and a membership with rs in orgID.
func (w *world) member(t *testing.T, orgID, name string, rs ...rights.Right) (Actor, *ent.Membership) {
	t.Helper()
	a := w.actor(t, name, false)
	m := w.db.Client.Membership.Create().SetUserID(a.User.ID).SetOrganizationID(orgID).SetRights(rights.Normalize(rs)).SaveX(context.Background())
	return a, m
}

func (w *world) org(t *testing.T, root Actor, name string) string {
	t.Helper()
	o, err := w.s.Create(context.Background(), root, name)
	if err != nil {
		t.Fatal(err)
	}
	return o.ID
}

// dairy is a world with an admin, root, and their organisation Dairy.
func dairy(t *testing.T, db *database.DB) (*world, Actor, string) {
	t.Helper()
	w := newWorld(t, db)
	root := w.actor(t, "root", true)
	return w, root, w.org(t, root, "Dairy")
}

// invite invites email and returns the token of the link it mailed.
func (w *world) invite(t *testing.T, a Actor, orgID, email string, rs ...rights.Right) (string, *ent.Invitation) {
	t.Helper()
	inv, err := w.s.Invite(context.Background(), a, orgID, email, rs)
	if err != nil {
		t.Fatalf("invite %s: %v", email, err)
	}
	ms := w.db.Client.OutboxMessage.Query().Where(outboxmessage.Kind(string(mail.KindInvitation))).Order(ent.Desc(outboxmessage.FieldCreatedAt)).AllX(context.Background())
	for _, m := range ms {
		op, err := mail.Open(w.s.Outbox.Keys, m)
		if err != nil {
			t.Fatal(err)
		}
		if u, err := url.Parse(op.Link); err == nil && m.ToAddress == inv.Email {
			if tok := u.Query().Get("token"); tok != "" {
				return tok, inv
			}
		}
	}
	t.Fatalf("no invitation link mailed to %s", email)
	return "", nil
}

func (w *world) memberships(t *testing.T, orgID string) []*ent.Membership {
	t.Helper()
	return w.db.Client.Membership.Query().Where(membership.OrganizationID(orgID)).AllX(context.Background())
}

func (w *world) count(t *testing.T, typ string) int {
	t.Helper()
	return w.db.Client.AuditEvent.Query().Where(auditevent.Type(typ)).CountX(context.Background())
}

func TestAnInvitationIsAcceptedOnceByTheInvitedAccountOnly(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		w, root, orgID := dairy(t, db)
		bob := w.actor(t, "bob", false)
		eve := w.actor(t, "eve", false)
		tok, inv := w.invite(t, root, orgID, "Bob@Example.com", rights.ViewOrders)
		if inv.EmailKey != account.EmailKey("bob@example.com") {
			t.Fatalf("invited %q (%q)", inv.Email, inv.EmailKey)
		}

		if _, _, err := w.s.Accept(ctx, nil, tok, NewAccount{}); !errors.Is(err, ErrSignInAsInvitee) {
			t.Fatalf("accepted signed out: %v", err)
		}
		if _, _, err := w.s.Accept(ctx, eve.User, tok, NewAccount{}); !errors.Is(err, ErrWrongAccount) {
			t.Fatalf("accepted as another account: %v", err)
		}
		m, created, err := w.s.Accept(ctx, bob.User, tok, NewAccount{})
		if err != nil || created || m.UserID != bob.User.ID || !rights.Covers(m.Rights, []rights.Right{rights.ViewOrders}) || len(m.Rights) != 1 {
			t.Fatalf("accept: %+v, %v, %v", m, created, err)
		}
		if _, _, err := w.s.Accept(ctx, bob.User, tok, NewAccount{}); !errors.Is(err, ErrInvitationInvalid) {
			t.Fatalf("accepted twice: %v", err)
		}
		if _, err := w.s.PreviewInvitation(ctx, tok); !errors.Is(err, ErrInvitationInvalid) {
			t.Fatalf("an accepted invitation previews: %v", err)
		}
		if n := len(w.memberships(t, orgID)); n != 1 {
			t.Fatalf("%d memberships", n)
		}
		if n := w.count(t, audit.InvitationAccepted); n != 1 {
			t.Fatalf("%d acceptance events", n)
		}
	})
}

// Two accepts of one invitation at once (a double click, or the link
// opened twice): one membership, and for a new person one account.
func TestTwoAcceptsOfOneInvitationAtOnceMakeOneMembership(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		for _, newPerson := range []bool{false, true} {
			name := "existing account"
			if newPerson {
				name = "new person"
			}
			t.Run(name, func(t *testing.T) {
				ctx := context.Background()
				w := newWorld(t, db)
				root := w.actor(t, "root"+map[bool]string{false: "a", true: "b"}[newPerson], true)
				orgID := w.org(t, root, "Dairy "+name)
				email := "joiner." + map[bool]string{false: "a", true: "b"}[newPerson] + "@example.com"
				var viewer *ent.User
				if !newPerson {
					u, err := w.s.Accounts.CreateUser(ctx, account.NewUser{Email: email, Username: "joinera", Name: "Jo", Password: goodPassword})
					if err != nil {
						t.Fatal(err)
					}
					viewer = u
				}
				tok, _ := w.invite(t, root, orgID, email, rights.ViewOrders)
				const n = 6
				var wg sync.WaitGroup
				errs := make([]error, n)
				for i := range n {
					wg.Add(1)
					go func() {
						defer wg.Done()
						na := NewAccount{}
						if newPerson {
							na = NewAccount{Password: "Brand-New-Pass-42", Username: "joinerb", Name: "Jo"}
						}
						_, _, errs[i] = w.s.Accept(ctx, viewer, tok, na)
					}()
				}
				wg.Wait()
				ok := 0
				for _, err := range errs {
					switch {
					case err == nil:
						ok++
					case errors.Is(err, ErrInvitationInvalid):
					case newPerson && (errors.Is(err, account.ErrUsernameTaken) || errors.Is(err, account.ErrEmailTaken) || errors.Is(err, ErrSignInAsInvitee)):
						// Checked before the transaction, against the account
						// another accept has just made: refused, nothing made.
					default:
						t.Errorf("unexpected: %v", err)
					}
				}
				if ok != 1 {
					t.Fatalf("%d accepts succeeded: %v", ok, errs)
				}
				if ms := w.memberships(t, orgID); len(ms) != 1 {
					t.Fatalf("%d memberships", len(ms))
				}
				if k := db.Client.User.Query().Where(user.EmailKey(account.EmailKey(email))).CountX(ctx); k != 1 {
					t.Fatalf("%d accounts for %s", k, email)
				}
				if k := db.Client.AuditEvent.Query().Where(auditevent.Type(audit.InvitationAccepted), auditevent.SubjectID(orgID)).CountX(ctx); k != 1 {
					t.Fatalf("%d acceptance events", k)
				}
			})
		}
	})
}

func TestAnInvitationEndsAtItsExpiryOrWhenRevokedOrReplaced(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		w, root, orgID := dairy(t, db)
		bob := w.actor(t, "bob", false)

		// Expired: told apart from a used link.
		tok, inv := w.invite(t, root, orgID, "bob@example.com", rights.ViewOrders)
		w.clock.Advance(inv.ExpiresAt.Sub(w.clock.Now()) + time.Second)
		if _, _, err := w.s.Accept(ctx, bob.User, tok, NewAccount{}); !errors.Is(err, ErrInvitationExpired) {
			t.Fatalf("an expired invitation: %v", err)
		}
		if got := InvitationStatus(db.Client.Invitation.GetX(ctx, inv.ID), w.clock.Now().UTC()); got != StatusExpired {
			t.Fatalf("status %v", got)
		}

		// Replaced: a new invitation to the same address ends the old one.
		old, oldInv := w.invite(t, root, orgID, "bob@example.com", rights.ViewOrders)
		fresh, _ := w.invite(t, root, orgID, "BOB@example.com", rights.ViewBilling)
		if got := db.Client.Invitation.GetX(ctx, oldInv.ID); got.RevokedAt == nil {
			t.Fatal("the replaced invitation is still pending")
		}
		if _, _, err := w.s.Accept(ctx, bob.User, old, NewAccount{}); !errors.Is(err, ErrInvitationInvalid) {
			t.Fatalf("a replaced invitation: %v", err)
		}

		// Revoked.
		pending := db.Client.Invitation.Query().Where(invitation.OrganizationID(orgID), invitation.RevokedAtIsNil(), invitation.AcceptedAtIsNil()).OnlyX(ctx)
		if _, err := w.s.RevokeInvitation(ctx, root, pending.ID); err != nil {
			t.Fatal(err)
		}
		if _, _, err := w.s.Accept(ctx, bob.User, fresh, NewAccount{}); !errors.Is(err, ErrInvitationInvalid) {
			t.Fatalf("a revoked invitation: %v", err)
		}
		if n := len(w.memberships(t, orgID)); n != 0 {
			t.Fatalf("%d memberships", n)
		}
		for _, bad := range []string{"", "lk_inv_nope", string(make([]byte, 201))} {
			if _, err := w.s.PreviewInvitation(ctx, bad); !errors.Is(err, ErrInvitationInvalid) {
				t.Fatalf("preview of %q: %v", bad, err)
			}
		}
	})
}

func TestWhoMayInviteAndWhatTheyMayGrant(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		w, root, orgID := dairy(t, db)
		otherID := w.org(t, root, "Bakery")
		mgr, _ := w.member(t, orgID, "mgr", rights.ManageMembers, rights.ViewOrders)
		clerk, _ := w.member(t, orgID, "clerk", rights.ViewOrders)
		outsider := w.actor(t, "outsider", false)
		w.member(t, orgID, "already", rights.ViewOrders)

		tests := []struct {
			name   string
			a      Actor
			org    string
			email  string
			rights []rights.Right
			err    error // nil: invited; errAny: some error, nothing made
		}{
			{"a manager grants a right they hold", mgr, orgID, "new1@example.com", []rights.Right{rights.ViewOrders}, nil},
			{"a manager grants MANAGE_MEMBERS they hold", mgr, orgID, "new2@example.com", []rights.Right{rights.ManageMembers}, nil},
			{"a manager grants a right they lack", mgr, orgID, "new3@example.com", []rights.Right{rights.ViewBilling}, ErrForbidden},
			{"a member without MANAGE_MEMBERS", clerk, orgID, "new4@example.com", []rights.Right{rights.ViewOrders}, ErrForbidden},
			{"someone of another organisation", mgr, otherID, "new5@example.com", nil, ErrForbidden},
			{"an outsider", outsider, orgID, "new6@example.com", nil, ErrForbidden},
			{"into an organisation that does not exist", root, "nope", "new7@example.com", nil, ErrNotFound},
			{"an unknown right", root, orgID, "new8@example.com", []rights.Right{"LAUNCH_MISSILES"}, ErrInvalidRights},
			{"an admin grants anything", root, orgID, "new9@example.com", rights.All, nil},
			{"an address that is no address", root, orgID, "not-an-address", nil, errAny},
			{"someone already a member", root, orgID, "already@example.com", nil, ErrAlreadyMember},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				before := db.Client.Invitation.Query().CountX(ctx)
				_, err := w.s.Invite(ctx, tt.a, tt.org, tt.email, tt.rights)
				made := db.Client.Invitation.Query().CountX(ctx) - before
				switch {
				case tt.err == nil && (err != nil || made != 1):
					t.Fatalf("not invited: %v (%d made)", err, made)
				case tt.err == errAny && (err == nil || made != 0):
					t.Fatalf("invited: %v (%d made)", err, made)
				case tt.err != nil && tt.err != errAny && (!errors.Is(err, tt.err) || made != 0):
					t.Fatalf("err %v, want %v (%d made)", err, tt.err, made)
				}
			})
		}
	})
}

var errAny = errors.New("any error")

// The inviter loses the right to grant what the invitation grants before
// it is accepted, at any moment, even while it is being accepted: the
// invitation grants nothing.
func TestAnInviterWhoLosesTheirRightsCannotBeAcceptedFrom(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		w, root, orgID := dairy(t, db)
		mgr, mgrM := w.member(t, orgID, "mgr", rights.ManageMembers, rights.ViewOrders, rights.ViewBilling)
		bob := w.actor(t, "bob", false)

		// Lost through UpdateMember: the invitations they can no longer
		// stand behind are revoked with the change, the others stay.
		billing, billingInv := w.invite(t, mgr, orgID, "bob@example.com", rights.ViewBilling)
		carol := w.actor(t, "carol", false)
		orders, ordersInv := w.invite(t, mgr, orgID, "carol@example.com", rights.ViewOrders)
		if _, err := w.s.UpdateMember(ctx, root, mgrM.ID, []rights.Right{rights.ManageMembers, rights.ViewOrders}); err != nil {
			t.Fatal(err)
		}
		if db.Client.Invitation.GetX(ctx, billingInv.ID).RevokedAt == nil || db.Client.Invitation.GetX(ctx, ordersInv.ID).RevokedAt != nil {
			t.Fatal("UpdateMember revoked the wrong invitations")
		}
		if _, _, err := w.s.Accept(ctx, bob.User, billing, NewAccount{}); !errors.Is(err, ErrInvitationInvalid) {
			t.Fatalf("accepted a right the inviter lost: %v", err)
		}
		if _, _, err := w.s.Accept(ctx, carol.User, orders, NewAccount{}); err != nil {
			t.Fatalf("an invitation the inviter still covers: %v", err)
		}

		// Lost outside these rules (a membership row changed directly): the
		// accept checks the inviter again.
		dave := w.actor(t, "dave", false)
		tok, _ := w.invite(t, mgr, orgID, "dave@example.com", rights.ViewOrders)
		db.Client.Membership.UpdateOneID(mgrM.ID).SetRights([]rights.Right{rights.ViewOrders}).ExecX(ctx)
		if _, _, err := w.s.Accept(ctx, dave.User, tok, NewAccount{}); !errors.Is(err, ErrInvitationInvalid) {
			t.Fatalf("accepted from an inviter without MANAGE_MEMBERS: %v", err)
		}

		// Removed while the invitation is accepted: whichever comes first,
		// no membership is left that the removed inviter granted.
		db.Client.Membership.UpdateOneID(mgrM.ID).SetRights([]rights.Right{rights.ManageMembers, rights.ViewOrders}).ExecX(ctx)
		erin := w.actor(t, "erin", false)
		tok, _ = w.invite(t, mgr, orgID, "erin@example.com", rights.ViewOrders)
		var wg sync.WaitGroup
		var acceptErr, removeErr error
		wg.Add(2)
		go func() { defer wg.Done(); _, _, acceptErr = w.s.Accept(ctx, erin.User, tok, NewAccount{}) }()
		go func() { defer wg.Done(); removeErr = w.s.RemoveMember(ctx, root, mgrM.ID) }()
		wg.Wait()
		if removeErr != nil {
			t.Fatal(removeErr)
		}
		erinIn := db.Client.Membership.Query().Where(membership.UserID(erin.User.ID), membership.OrganizationID(orgID)).ExistX(ctx)
		switch {
		case acceptErr == nil && !erinIn:
			t.Fatal("the accept succeeded and left no membership")
		case acceptErr != nil && erinIn:
			t.Fatalf("the accept failed (%v) and left a membership", acceptErr)
		case acceptErr != nil && !errors.Is(acceptErr, ErrInvitationInvalid):
			t.Fatalf("accept: %v", acceptErr)
		}
		// Accepted first, then the inviter removed: allowed (the inviter
		// was entitled when it was accepted). Removed first: refused, and
		// the invitation is revoked with the removal.
		if acceptErr != nil {
			if n := db.Client.Invitation.Query().Where(invitation.InvitedByID(mgr.User.ID), invitation.AcceptedAtIsNil(), invitation.RevokedAtIsNil()).CountX(ctx); n != 0 {
				t.Fatalf("%d invitations of the removed inviter still pending", n)
			}
		}
	})
}

// Two managers change one member's rights at once: the member ends with
// one of the two sets, never a mix, and each change has its audit event.
func TestConcurrentRightsChangesLeaveOneOfThem(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		w, _, orgID := dairy(t, db)
		a, _ := w.member(t, orgID, "amgr", rights.All...)
		b, _ := w.member(t, orgID, "bmgr", rights.All...)
		_, target := w.member(t, orgID, "target", rights.ViewOrders)
		setA := rights.Normalize([]rights.Right{rights.ViewOrders, rights.ManageOrders})
		setB := rights.Normalize([]rights.Right{rights.ViewBilling})
		before := w.count(t, audit.MemberUpdated)
		var wg sync.WaitGroup
		var errA, errB error
		wg.Add(2)
		go func() { defer wg.Done(); _, errA = w.s.UpdateMember(ctx, a, target.ID, setA) }()
		go func() { defer wg.Done(); _, errB = w.s.UpdateMember(ctx, b, target.ID, setB) }()
		wg.Wait()
		if errA != nil || errB != nil {
			t.Fatalf("%v / %v", errA, errB)
		}
		got := db.Client.Membership.GetX(ctx, target.ID).Rights
		if !equal(got, setA) && !equal(got, setB) {
			t.Fatalf("rights %v, want %v or %v", got, setA, setB)
		}
		if n := w.count(t, audit.MemberUpdated) - before; n != 2 {
			t.Fatalf("%d update events, want 2", n)
		}
	})
}

func equal(a, b []rights.Right) bool {
	return rights.Covers(a, b) && rights.Covers(b, a) && len(a) == len(b)
}

func TestWhoMayChangeOrRemoveAMember(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		w, root, orgID := dairy(t, db)
		strong, strongM := w.member(t, orgID, "strong", rights.ManageMembers, rights.ManageOrganization, rights.ViewBilling)
		lesser, lesserM := w.member(t, orgID, "lesser", rights.ManageMembers, rights.ViewOrders)
		clerk, clerkM := w.member(t, orgID, "clerk", rights.ViewOrders)
		outsider := w.actor(t, "outsider", false)

		for _, tt := range []struct {
			name string
			a    Actor
			m    *ent.Membership
			rs   []rights.Right
			err  error
		}{
			{"a lesser manager strips a stronger one of a shared right", lesser, strongM, []rights.Right{rights.ManageOrganization, rights.ViewBilling}, ErrForbidden},
			{"a member without MANAGE_MEMBERS", clerk, lesserM, []rights.Right{rights.ViewOrders}, ErrForbidden},
			{"an outsider", outsider, clerkM, []rights.Right{rights.ViewOrders}, ErrForbidden},
			{"an unknown right", root, clerkM, []rights.Right{"LAUNCH_MISSILES"}, ErrInvalidRights},
			{"a manager grants a right they lack", lesser, clerkM, []rights.Right{rights.ViewBilling}, ErrForbidden},
			{"a manager grants a right they hold", lesser, clerkM, []rights.Right{rights.ViewOrders, rights.ManageMembers}, nil},
		} {
			t.Run("update: "+tt.name, func(t *testing.T) {
				was := db.Client.Membership.GetX(ctx, tt.m.ID).Rights
				_, err := w.s.UpdateMember(ctx, tt.a, tt.m.ID, tt.rs)
				if !errors.Is(err, tt.err) {
					t.Fatalf("err %v, want %v", err, tt.err)
				}
				if now := db.Client.Membership.GetX(ctx, tt.m.ID).Rights; tt.err != nil && !equal(now, was) {
					t.Fatalf("a refused change changed the rights to %v", now)
				}
			})
		}
		if _, err := w.s.UpdateMember(ctx, root, "nope", nil); !errors.Is(err, ErrNotFound) {
			t.Fatalf("update of no membership: %v", err)
		}

		if err := w.s.RemoveMember(ctx, lesser, strongM.ID); !errors.Is(err, ErrForbidden) {
			t.Fatalf("a lesser manager removes a stronger one: %v", err)
		}
		if err := w.s.RemoveMember(ctx, outsider, clerkM.ID); !errors.Is(err, ErrForbidden) {
			t.Fatalf("an outsider removes a member: %v", err)
		}
		if n := len(w.memberships(t, orgID)); n != 3 {
			t.Fatalf("%d memberships after refused removals", n)
		}
		// Anyone may leave, even a member without MANAGE_MEMBERS.
		if err := w.s.RemoveMember(ctx, clerk, clerkM.ID); err != nil {
			t.Fatalf("leaving: %v", err)
		}
		// strong lacks lesser's VIEW_ORDERS: removing takes it away.
		if err := w.s.RemoveMember(ctx, strong, lesserM.ID); !errors.Is(err, ErrForbidden) {
			t.Fatalf("a manager removes a member holding a right they lack: %v", err)
		}
		if err := w.s.RemoveMember(ctx, root, lesserM.ID); err != nil {
			t.Fatalf("an admin removes a manager: %v", err)
		}
		if err := w.s.RemoveMember(ctx, root, "nope"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("removal of no membership: %v", err)
		}
		if n := w.count(t, audit.MemberRemoved); n != 2 {
			t.Fatalf("%d removal events", n)
		}
	})
}

// The last manager leaves: nothing stops them (there is no last-manager
// rule), and an admin can still manage the organisation and invite a new
// manager, so no organisation is left without a way back.
func TestAfterTheLastManagerLeavesAnAdminStillManages(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		w, root, orgID := dairy(t, db)
		last, lastM := w.member(t, orgID, "last", rights.All...)
		if err := w.s.RemoveMember(ctx, last, lastM.ID); err != nil {
			t.Fatalf("the last manager leaving: %v", err)
		}
		if rs, err := w.s.Rights(ctx, last, orgID); err != nil || len(rs) != 0 {
			t.Fatalf("the one who left keeps %v (%v)", rs, err)
		}
		if _, err := w.s.Get(ctx, last, orgID); !errors.Is(err, ErrNotFound) {
			t.Fatalf("the one who left still sees it: %v", err)
		}
		if rs, err := w.s.Rights(ctx, root, orgID); err != nil || !equal(rs, rights.All) {
			t.Fatalf("admin rights %v (%v)", rs, err)
		}
		if _, err := w.s.Rename(ctx, root, orgID, "Dairy & Co"); err != nil {
			t.Fatal(err)
		}
		newcomer := w.actor(t, "newcomer", false)
		tok, _ := w.invite(t, root, orgID, "newcomer@example.com", rights.ManageMembers)
		if _, _, err := w.s.Accept(ctx, newcomer.User, tok, NewAccount{}); err != nil {
			t.Fatal(err)
		}
		if rs, _ := w.s.Rights(ctx, newcomer, orgID); !equal(rs, []rights.Right{rights.ManageMembers}) {
			t.Fatalf("the new manager holds %v", rs)
		}
	})
}

func TestOrganisationsAreSeenByTheirMembersAndAdmins(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		w, root, orgID := dairy(t, db)
		clerk, _ := w.member(t, orgID, "clerk", rights.ViewOrders)
		outsider := w.actor(t, "outsider", false)
		if _, err := w.s.Get(ctx, clerk, orgID); err != nil {
			t.Fatalf("a member: %v", err)
		}
		if _, err := w.s.Get(ctx, outsider, orgID); !errors.Is(err, ErrNotFound) {
			t.Fatalf("an outsider: %v", err)
		}
		if _, err := w.s.Create(ctx, clerk, "Mine"); !errors.Is(err, ErrForbidden) {
			t.Fatalf("a non-admin creates: %v", err)
		}
		if _, err := w.s.List(ctx, clerk); !errors.Is(err, ErrForbidden) {
			t.Fatalf("a non-admin lists: %v", err)
		}
		if _, err := w.s.Rename(ctx, clerk, orgID, "Ours"); !errors.Is(err, ErrForbidden) {
			t.Fatalf("a member without MANAGE_ORGANIZATION renames: %v", err)
		}
		for _, bad := range []string{"", "  ", "see http://evil.example", "a\x00b", strings.Repeat("a", 201)} {
			if _, err := w.s.Create(ctx, root, bad); !errors.Is(err, ErrInvalidName) {
				t.Fatalf("name %q: %v", bad, err)
			}
		}
		if _, err := w.s.Invitations(ctx, clerk, orgID); !errors.Is(err, ErrForbidden) {
			t.Fatalf("a member without MANAGE_MEMBERS lists invitations: %v", err)
		}
	})
}
