package account

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"entgo.io/ent/dialect"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/invitation"
	"github.com/latchkey/latchkey/ent/resettoken"
	"github.com/latchkey/latchkey/ent/session"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/settings"
)

// Errors of the admin rules.
var (
	ErrNotFound  = errors.New("account: no such account")
	ErrLastAdmin = errors.New("account: the last admin cannot be removed or demoted")
)

func adminResetKey(adminID string) string { return "admin-reset:hour:" + adminID }

// AdminCreateUser creates an account for someone else and emails them a
// link to set their password: the admin never chooses or sees it. The
// account, its audit event, the link and the email are written in one
// transaction: all of them or none.
func (s *Service) AdminCreateUser(ctx context.Context, adminID string, nu NewUser) (*ent.User, error) {
	nu.Password, nu.ActorID = "", adminID
	p, err := s.PrepareUser(ctx, nu)
	if err != nil {
		return nil, err
	}
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return nil, err
	}
	lifetime := settings.SetPasswordLifetime(st)
	var u *ent.User
	err = s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		var err error
		if u, err = s.InsertUser(ctx, tx, p); err != nil {
			return err
		}
		if s.Outbox == nil {
			return nil
		}
		token, err := s.issueToken(ctx, tx, u, resettoken.PurposeSET_PASSWORD, lifetime, "")
		if err != nil {
			return err
		}
		return send(mail.Email{To: u.Email, Locale: u.Locale, Kind: mail.KindSetPassword,
			Data: mail.Data{Name: u.Name, Username: u.Username, Email: u.Email, Valid: lifetime, Link: s.Outbox.Link("/reset-password", token)}})
	})
	if err != nil {
		return nil, err
	}
	return u, nil
}

// UserChanges are an admin's edits of an account; nil fields stay.
type UserChanges struct {
	Email, Username, Name, Locale *string
	Admin                         *bool
}

// UpdateUser applies an admin's edits. A new email takes effect at once
// (the admin vouches for it) and kills links sent to the old one.
func (s *Service) UpdateUser(ctx context.Context, adminID, id string, ch UserChanges) (*ent.User, error) {
	u, err := s.userByID(ctx, id)
	if err != nil {
		return nil, err
	}
	var email, username, name, locale *string
	var role *user.Role
	if ch.Email != nil {
		e, err := NormalizeEmail(*ch.Email)
		if err != nil {
			return nil, err
		}
		email = &e
	}
	if ch.Username != nil {
		un, err := NormalizeUsername(*ch.Username)
		if err != nil {
			return nil, err
		}
		username = &un
	}
	if ch.Name != nil {
		n, err := NormalizeName(*ch.Name)
		if err != nil {
			return nil, err
		}
		name = &n
	}
	if ch.Locale != nil {
		l, err := NormalizeLocale(*ch.Locale)
		if err != nil {
			return nil, err
		}
		locale = &l
	}
	if ch.Admin != nil {
		r := user.RoleUSER
		if *ch.Admin {
			r = user.RoleADMIN
		}
		role = &r
	}
	emailChanged := email != nil && EmailKey(*email) != u.EmailKey
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		if role != nil && *role == user.RoleUSER {
			if err := s.ensureAnotherAdmin(ctx, tx, u.ID); err != nil {
				return err
			}
		}
		if emailChanged {
			if taken, err := tx.User.Query().Where(user.EmailKey(EmailKey(*email)), user.IDNEQ(u.ID)).Exist(ctx); err != nil {
				return err
			} else if taken {
				return ErrEmailTaken
			}
		}
		if username != nil && *username != u.Username {
			if taken, err := tx.User.Query().Where(user.Username(*username), user.IDNEQ(u.ID)).Exist(ctx); err != nil {
				return err
			} else if taken {
				return ErrUsernameTaken
			}
		}
		upd := tx.User.UpdateOne(u).
			SetNillableUsername(username).SetNillableName(name).SetNillableLocale(locale).SetNillableRole(role)
		if email != nil {
			upd.SetEmail(*email).SetEmailKey(EmailKey(*email))
		}
		var err error
		if u, err = upd.Save(ctx); err != nil {
			if ent.IsConstraintError(err) {
				return ErrEmailTaken
			}
			return err
		}
		if emailChanged {
			if err := killTokens(ctx, tx, u.ID, s.Now.Now()); err != nil {
				return err
			}
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.UserUpdated, ActorID: adminID, SubjectID: u.ID})
	})
	if err != nil {
		return nil, err
	}
	return u, nil
}

// LockUserRow takes the account's row lock in tx, before tx ends or makes
// its access tokens: on PostgreSQL, a token made over a token (or counted
// against MaxPerUser) in one transaction and the tokens ended in another
// are then one after the other, so that no token made at the moment of a
// password change, a reset or a forced sign-in outlives it. SQLite's
// IMMEDIATE transactions queue every writer already.
func (s *Service) LockUserRow(ctx context.Context, tx *ent.Client, userID string) error {
	if s.Dialect != dialect.Postgres {
		return nil
	}
	if _, err := tx.User.Query().Where(user.ID(userID)).ForUpdate().IDs(ctx); err != nil {
		return fmt.Errorf("account: lock the account's row: %w", err)
	}
	return nil
}

// ensureAnotherAdmin refuses (ErrLastAdmin) to demote or delete id when it
// is the only admin. It runs inside the transaction tx that demotes or
// deletes, before it writes, so that two admins demoting or deleting each
// other at once are checked one after the other and the second sees the
// first's change: SQLite's IMMEDIATE transactions queue writers; on
// PostgreSQL the admin rows are locked FOR UPDATE, which waits for the
// other transaction and then skips the rows it demoted or deleted.
func (s *Service) ensureAnotherAdmin(ctx context.Context, tx *ent.Client, id string) error {
	q := tx.User.Query().Where(user.RoleEQ(user.RoleADMIN)).Order(user.ByID())
	if s.Dialect == dialect.Postgres {
		q = q.ForUpdate()
	}
	admins, err := q.IDs(ctx)
	if err != nil {
		return fmt.Errorf("account: count admins: %w", err)
	}
	if slices.Contains(admins, id) && len(admins) == 1 {
		return ErrLastAdmin
	}
	return nil
}

func (s *Service) userByID(ctx context.Context, id string) (*ent.User, error) {
	u, err := s.Client.User.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, ErrNotFound
	}
	return u, err
}

// DeleteUser removes an account with its sessions, tokens and memberships.
// The audit trail stays: events refer to the account by ID.
func (s *Service) DeleteUser(ctx context.Context, adminID, id string) error {
	u, err := s.userByID(ctx, id)
	if err != nil {
		return err
	}
	return withTx(ctx, s.Client, func(tx *ent.Client) error {
		if err := s.ensureAnotherAdmin(ctx, tx, u.ID); err != nil {
			return err
		}
		if err := s.LockUserRow(ctx, tx, u.ID); err != nil {
			return err
		}
		// Deleted explicitly as well as by cascade, so that it holds on
		// databases created before the cascade existed.
		if _, err := tx.Session.Delete().Where(session.UserID(u.ID)).Exec(ctx); err != nil {
			return err
		}
		if _, err := tx.AccessToken.Delete().Where(accessTokenOf(u.ID)).Exec(ctx); err != nil {
			return err
		}
		if _, err := tx.ResetToken.Delete().Where(resettoken.UserID(u.ID)).Exec(ctx); err != nil {
			return err
		}
		if err := deleteMemberships(ctx, tx, u.ID); err != nil {
			return err
		}
		// Invitations outlive no inviter: the pending ones they made go.
		if err := tx.Invitation.Update().
			Where(invitation.InvitedByID(u.ID), invitation.AcceptedAtIsNil(), invitation.RevokedAtIsNil()).
			SetRevokedAt(s.Now.Now()).Exec(ctx); err != nil {
			return err
		}
		if err := tx.User.DeleteOne(u).Exec(ctx); err != nil {
			return fmt.Errorf("account: delete user: %w", err)
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.UserDeleted, ActorID: adminID, SubjectID: u.ID, Details: map[string]string{"email": u.Email, "username": u.Username}})
	})
}

// Lock puts an admin's lock on an account: its own state, distinct from
// the automatic lockout. Only Unlock lifts it (a reset, a temporary
// password or time never do), every sign-in answers ACCOUNT_LOCKED, and
// reset requests send nothing while it holds. It also cuts the access the
// account has: its sessions and access tokens end (an automatic lockout
// leaves them: the failures may be a stranger's, not the owner's).
func (s *Service) Lock(ctx context.Context, adminID, id string) (*ent.User, error) {
	u, err := s.userByID(ctx, id)
	if err != nil {
		return nil, err
	}
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		if u.AdminLockedAt == nil {
			now := s.Now.Now()
			upd := tx.User.UpdateOne(u).SetAdminLockedAt(now)
			if u.LockedAt == nil {
				upd.SetLockedAt(now) // locked since
			}
			if u, err = upd.Save(ctx); err != nil {
				return err
			}
		}
		sessions, tokens, err := s.endCredentials(ctx, tx, u.ID, s.Now.Now())
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.AccountLocked, ActorID: adminID, SubjectID: u.ID,
			Details: map[string]string{"by": "admin", "sessions": fmt.Sprint(sessions), "tokens": fmt.Sprint(tokens)}})
	})
	if err != nil {
		return nil, err
	}
	return s.userByID(ctx, u.ID)
}

// Unlock lifts every lock: the lockout after wrong passwords, an admin's
// lock and the second-factor lock after wrong codes (what an admin asked
// to "unlock" expects: the person can sign in again), and clears the
// failure counts. The event says when a second-factor lock was lifted
// (details.second_factor = "lifted").
func (s *Service) Unlock(ctx context.Context, adminID, id string) (*ent.User, error) {
	u, err := s.userByID(ctx, id)
	if err != nil {
		return nil, err
	}
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return nil, err
	}
	details := map[string]string{"by": "admin"}
	if settings.SecondFactorLocked(st, u.SecondFactorLockedAt, s.Now.Now()) {
		details["second_factor"] = "lifted"
	}
	// The unlock and its event commit together; the counters (not a
	// change of the account) are cleared after.
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		if err := tx.User.UpdateOneID(u.ID).ClearAdminLockedAt().ClearLockedAt().SetFailedAttempts(0).ClearSecondFactorLockedAt().SetSecondFactorFailures(0).Exec(ctx); err != nil {
			return fmt.Errorf("account: unlock: %w", err)
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.AccountUnlocked, ActorID: adminID, SubjectID: u.ID, Details: details})
	})
	if err != nil {
		return nil, err
	}
	s.forgetTries(ctx, u)
	return s.userByID(ctx, id)
}

// AdminResetPassword emails the account a way to set a new password (link
// or temporary password, as the settings say). The answer never holds the
// token. An admin may do this so many times an hour (adminResetsPerHour).
func (s *Service) AdminResetPassword(ctx context.Context, adminID, id string) error {
	u, err := s.userByID(ctx, id)
	if err != nil {
		return err
	}
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return err
	}
	if s.Limits != nil {
		if err := s.Limits.Allow(ctx, adminResetKey(adminID), st.AdminResetsPerHour, time.Hour); err != nil {
			return err
		}
	}
	// The admin's limit applies, not the account's silent one.
	unlimited := *st
	unlimited.ResetMinIntervalSeconds, unlimited.ResetRequestsPerHour = 0, 0
	// The token, the email and both events commit together or not at all.
	return s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		if s.Outbox != nil {
			if err := s.writeReset(ctx, tx, send, &unlimited, u, mail.KindResetLink, 0); err != nil {
				return err
			}
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.AdminResetPassword, ActorID: adminID, SubjectID: u.ID})
	})
}

// ForceSignIn ends every session, revokes every access token and kills
// every outstanding reset token of an account at once; the password stays.
// Every instance sees it on its next request: all of them live in the
// database.
func (s *Service) ForceSignIn(ctx context.Context, adminID, id string) (sessions, tokens int, err error) {
	u, err := s.userByID(ctx, id)
	if err != nil {
		return 0, 0, err
	}
	err = s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		var err error
		if sessions, tokens, err = s.endCredentials(ctx, tx, u.ID, s.Now.Now()); err != nil {
			return err
		}
		// The person is told (a credential notice: always sent).
		if err := s.SendCredentialNotice(ctx, tx, send, u.ID, mail.KindForcedSignIn, "/sign-in", mail.Data{}); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.ForcedSignIn, ActorID: adminID, SubjectID: u.ID,
			Details: map[string]string{"sessions": fmt.Sprint(sessions), "tokens": fmt.Sprint(tokens)}})
	})
	return sessions, tokens, err
}

// SendSetPasswordLink issues a set-password link for u in tx and puts its
// email in the outbox with send: for accounts made without a password (an
// import with --send-set-password), in the caller's transaction.
func (s *Service) SendSetPasswordLink(ctx context.Context, tx *ent.Client, u *ent.User, send mail.Send) error {
	if s.Outbox == nil {
		return nil
	}
	st, err := settings.Load(ctx, tx)
	if err != nil {
		return err
	}
	lifetime := settings.SetPasswordLifetime(st)
	token, err := s.issueToken(ctx, tx, u, resettoken.PurposeSET_PASSWORD, lifetime, "")
	if err != nil {
		return err
	}
	return send(mail.Email{To: u.Email, Locale: u.Locale, Kind: mail.KindSetPassword,
		Data: mail.Data{Name: u.Name, Username: u.Username, Email: u.Email, Valid: lifetime, Link: s.Outbox.Link("/reset-password", token)}})
}
