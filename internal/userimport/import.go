package userimport

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/membership"
	"github.com/latchkey/latchkey/ent/organization"
	"github.com/latchkey/latchkey/ent/schema/prefixid"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/keyring"
	"github.com/latchkey/latchkey/internal/legacyhash"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/rights"
	"github.com/latchkey/latchkey/internal/settings"
)

// Importer writes records into the database.
type Importer struct {
	Client   *ent.Client
	Accounts *account.Service // hashes plain passwords, sends set-password links
	Keys     *keyring.Ring    // seals imported hashes; required for records with one
	Outbox   *mail.Outbox     // for --send-set-password
	// BulkLoad, when set, readies the database for many inserts and
	// returns what undoes it (usersearch.BulkLoad): called around every
	// import that writes.
	BulkLoad func(ctx context.Context) (done func(context.Context) error, err error)
}

// Options change what an import does.
type Options struct {
	DryRun          bool // check everything, write nothing
	Update          bool // refresh people who exist already
	SendSetPassword bool // email a set-password link to people with no password
	ActorID         string
	BatchSize       int // records per transaction; 0 is 1000
	// Progress is told how many records have been handled so far.
	Progress func(done int)
	// Rejected is told of each rejected record as it is found (the CLI
	// prints them); the Report keeps the first MaxKeptRejections.
	Rejected func(Rejection)
}

// Rejection is a record that was not imported, and why.
type Rejection struct {
	Line       int    `json:"line"`
	ExternalID string `json:"externalId,omitempty"`
	Email      string `json:"email,omitempty"`
	Code       string `json:"code"`
	Reason     string `json:"reason"`
}

// Report says what an import did (or, in a dry run, would do).
type Report struct {
	Read       int         `json:"read"`
	Created    int         `json:"created"`
	Updated    int         `json:"updated"`
	Unchanged  int         `json:"unchanged"`
	Rejected   int         `json:"rejected"`
	Rejections []Rejection `json:"rejections"`
	DryRun     bool        `json:"dryRun"`
}

// MaxKeptRejections bounds the rejections a Report keeps in memory.
const MaxKeptRejections = 1000

// Rejection codes: stable, for integrators.
const (
	CodeMalformed       = "MALFORMED_RECORD"
	CodeInvalidEmail    = "INVALID_EMAIL"
	CodeInvalidUsername = "INVALID_USERNAME"
	CodeInvalidName     = "INVALID_NAME"
	CodeInvalidLocale   = "INVALID_LOCALE"
	CodeInvalidRole     = "INVALID_ROLE"
	CodeInvalidDate     = "INVALID_CREATED_AT"
	CodeInvalidHash     = "INVALID_PASSWORD_HASH"
	CodeHashTooCostly   = "PASSWORD_HASH_TOO_COSTLY"
	CodeUnknownFormat   = "UNKNOWN_PASSWORD_HASH_FORMAT"
	CodeBothPasswords   = "PASSWORD_AND_HASH"
	CodeWeakPassword    = "WEAK_PASSWORD"
	CodeUsernameTaken   = "USERNAME_TAKEN"
	CodeEmailTaken      = "EMAIL_TAKEN"
	CodeDuplicate       = "DUPLICATE_IN_FILE"
	CodeUnknownOrg      = "UNKNOWN_ORGANIZATION"
	CodeInvalidRights   = "INVALID_RIGHTS"
	CodeNotWritten      = "NOT_WRITTEN"
)

// ErrNoKeys: the records carry hashes but no secret key was given.
var ErrNoKeys = account.ErrNoKeys

// checked is a record that passed every check of its own.
type checked struct {
	line            int
	rec             Record
	email, emailKey string
	username        string
	derivedUsername bool
	name, locale    string
	role            user.Role
	createdAt       *time.Time
	verified        *bool
	format          legacyhash.Format
	hash            string // imported hash, as given
	argon           string // argon2id of a plain password
	memberships     []Membership
	orgIDs          []string // resolved, one per membership
	rights          [][]rights.Right
	existing        *ent.User
}

type reject struct {
	code, reason string
}

func (r *reject) Error() string { return r.reason }

// Import reads src to its end and writes what it holds in batches. An
// error (not a rejection: the database failing, the context ending) stops
// it; what earlier batches wrote stays, and is reported.
func (im *Importer) Import(ctx context.Context, src Source, opt Options) (rep *Report, err error) {
	if opt.BatchSize <= 0 {
		opt.BatchSize = 1000
	}
	rep = &Report{DryRun: opt.DryRun, Rejections: []Rejection{}}
	st, err := settings.Load(ctx, im.Client)
	if err != nil {
		return rep, err
	}
	b := &batcher{im: im, opt: opt, rep: rep, policy: settings.Policy(st), orgs: map[string]string{}}
	if im.BulkLoad != nil && !opt.DryRun {
		done, err := im.BulkLoad(ctx)
		if err != nil {
			return rep, err
		}
		defer func() {
			if e := done(context.WithoutCancel(ctx)); e != nil && err == nil {
				err = e
			}
		}()
	}
	// Records are read and checked here while the previous batch is
	// matched and written by a second goroutine: the checks (JSON, the
	// address, sealing) and the database's work overlap. Batches are
	// still written one after the other, each matched against what the
	// ones before it wrote.
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan []*checked, 1)
	var werr error
	wdone := make(chan struct{})
	go func() {
		defer close(wdone)
		for batch := range jobs {
			if werr != nil {
				continue
			}
			if err := b.flush(wctx, batch); err != nil {
				werr = err
				cancel()
			}
		}
	}()
	finish := func(err error) (*Report, error) {
		close(jobs)
		<-wdone
		if err == nil {
			err = werr
		}
		if err == nil {
			err = ctx.Err()
		}
		return rep, err
	}
	batch := make([]*checked, 0, opt.BatchSize)
	for {
		line, rec, err := src.Next()
		if err == io.EOF {
			break
		}
		var le *LineError
		if errors.As(err, &le) {
			b.read()
			b.reject(le.Line, Record{}, &reject{CodeMalformed, le.Reason})
			continue
		}
		if err != nil {
			return finish(err)
		}
		b.read()
		c, err := b.check(wctx, line, rec)
		if err != nil {
			var rj *reject
			if errors.As(err, &rj) {
				b.reject(line, rec, rj)
				continue
			}
			return finish(err)
		}
		batch = append(batch, c)
		if len(batch) >= opt.BatchSize {
			select {
			case jobs <- batch:
			case <-wctx.Done():
				return finish(nil)
			}
			batch = make([]*checked, 0, opt.BatchSize)
		}
	}
	if len(batch) > 0 {
		select {
		case jobs <- batch:
		case <-wctx.Done():
		}
	}
	return finish(nil)
}

type batcher struct {
	mu     sync.Mutex // rep and done: the reader and the writer both report
	im     *Importer
	opt    Options
	rep    *Report
	policy password.Policy
	orgs   map[string]string // organisation ID or name -> ID ("" = none or ambiguous)
	done   int
}

func (b *batcher) read() {
	b.mu.Lock()
	b.rep.Read++
	b.mu.Unlock()
}

func (b *batcher) reject(line int, rec Record, rj *reject) {
	b.mu.Lock()
	defer b.mu.Unlock()
	r := Rejection{Line: line, ExternalID: rec.ExternalID, Email: strings.TrimSpace(rec.Email), Code: rj.code, Reason: rj.reason}
	if len(r.Email) > 254 {
		r.Email = r.Email[:254]
	}
	b.rep.Rejected++
	if len(b.rep.Rejections) < MaxKeptRejections {
		b.rep.Rejections = append(b.rep.Rejections, r)
	}
	if b.opt.Rejected != nil {
		b.opt.Rejected(r)
	}
	b.progressLocked(1)
}

func (b *batcher) progress(n int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.progressLocked(n)
}

func (b *batcher) progressLocked(n int) {
	b.done += n
	if b.opt.Progress != nil {
		b.opt.Progress(b.done)
	}
}

// check validates one record on its own (no look-ups but organisations).
func (b *batcher) check(ctx context.Context, line int, rec Record) (*checked, error) {
	c := &checked{line: line, rec: rec, role: user.RoleUSER, locale: "en", verified: rec.EmailVerified}
	var err error
	if c.email, err = account.NormalizeEmail(rec.Email); err != nil {
		return nil, &reject{CodeInvalidEmail, "email: not a valid email address"}
	}
	c.emailKey = account.EmailKey(c.email)
	if strings.TrimSpace(rec.Username) != "" {
		if c.username, err = account.NormalizeUsername(rec.Username); err != nil {
			return nil, &reject{CodeInvalidUsername, "username: 3 to 64 letters, digits, dots, dashes or underscores, starting and ending with a letter or digit"}
		}
	} else {
		c.username, c.derivedUsername = deriveUsername(c.email), true
		if _, err := account.NormalizeUsername(c.username); err != nil {
			c.username = alternateUsername("user", c.emailKey)
		}
	}
	if c.name, err = account.NormalizeName(rec.Name); err != nil {
		return nil, &reject{CodeInvalidName, "name: at most 200 characters, no control characters or links"}
	}
	if rec.Locale != "" {
		if c.locale, err = account.NormalizeLocale(rec.Locale); err != nil {
			return nil, &reject{CodeInvalidLocale, "locale: en, fr or sv"}
		}
	}
	switch strings.ToUpper(strings.TrimSpace(rec.Role)) {
	case "", "USER":
	case "ADMIN":
		c.role = user.RoleADMIN
	default:
		return nil, &reject{CodeInvalidRole, "role: ADMIN or USER"}
	}
	if s := strings.TrimSpace(rec.CreatedAt); s != "" {
		t, err := parseTime(s)
		if err != nil {
			return nil, &reject{CodeInvalidDate, "createdAt: an RFC 3339 time (2024-05-01T12:00:00Z) or 2024-05-01 12:00:00 (UTC)"}
		}
		c.createdAt = &t
	}
	if len(rec.ExternalID) > 200 {
		return nil, &reject{CodeMalformed, "externalId: at most 200 characters"}
	}
	switch {
	case rec.PasswordHash != "" && rec.Password != "":
		return nil, &reject{CodeBothPasswords, "give passwordHash or password, not both"}
	case rec.PasswordHash != "":
		if b.im.Keys == nil {
			return nil, ErrNoKeys
		}
		var f legacyhash.Format
		if rec.PasswordHashFormat != "" {
			if f, err = legacyhash.ParseFormat(rec.PasswordHashFormat); err != nil {
				return nil, &reject{CodeUnknownFormat, "passwordHashFormat: one of magento2, bcrypt, phpass, argon2, scrypt, pbkdf2, django, salted-sha"}
			}
		}
		h, err := legacyhash.Parse(f, rec.PasswordHash)
		switch {
		case errors.Is(err, legacyhash.ErrTooCostly):
			return nil, &reject{CodeHashTooCostly, "passwordHash: " + err.Error()}
		case errors.Is(err, legacyhash.ErrUnknownFormat):
			return nil, &reject{CodeUnknownFormat, "passwordHash: " + err.Error()}
		case err != nil:
			return nil, &reject{CodeInvalidHash, "passwordHash: " + err.Error()}
		}
		c.format, c.hash = h.Format(), rec.PasswordHash
	case rec.Password != "":
		if err := b.policy.Check(rec.Password, password.Personal{Username: c.username, Email: c.email}); err != nil {
			return nil, &reject{CodeWeakPassword, "password: " + err.Error()}
		}
		if !b.opt.DryRun {
			if c.argon, err = b.im.Accounts.Hasher.Hash(ctx, rec.Password); err != nil {
				return nil, err
			}
		}
	}
	for _, m := range rec.Memberships {
		id, err := b.org(ctx, m.Organization)
		if err != nil {
			return nil, err
		}
		var rs []rights.Right
		for _, r := range m.Rights {
			rr := rights.Right(strings.ToUpper(strings.TrimSpace(r)))
			if !rr.Valid() {
				return nil, &reject{CodeInvalidRights, fmt.Sprintf("memberships: unknown right %q", r)}
			}
			rs = append(rs, rr)
		}
		c.memberships = append(c.memberships, m)
		c.orgIDs = append(c.orgIDs, id)
		c.rights = append(c.rights, rights.Normalize(rs))
	}
	return c, nil
}

// org finds an organisation by ID or, failing that, by its name.
func (b *batcher) org(ctx context.Context, ref string) (string, error) {
	ref = strings.TrimSpace(ref)
	if id, ok := b.orgs[ref]; ok {
		if id == "" {
			return "", &reject{CodeUnknownOrg, fmt.Sprintf("memberships: no single organisation has the ID or name %q", ref)}
		}
		return id, nil
	}
	ids, err := b.im.Client.Organization.Query().Where(organization.Or(organization.ID(ref), organization.Name(ref))).Limit(2).IDs(ctx)
	if err != nil {
		return "", err
	}
	id := ""
	if len(ids) == 1 {
		id = ids[0]
	}
	b.orgs[ref] = id
	return b.org(ctx, ref)
}

func parseTime(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC().Truncate(time.Microsecond), nil
		}
	}
	return time.Time{}, errors.New("bad time")
}

// deriveUsername makes a username from an address's local part, for
// systems that have none (Magento signs in by email).
func deriveUsername(email string) string {
	local, _, _ := strings.Cut(strings.ToLower(email), "@")
	var sb strings.Builder
	for _, r := range local {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.', r == '_', r == '-':
			sb.WriteRune(r)
		default:
			sb.WriteByte('-')
		}
	}
	u := strings.Trim(sb.String(), "._-")
	if len(u) > 48 {
		u = strings.TrimRight(u[:48], "._-")
	}
	for len(u) < 3 {
		u += "0"
	}
	return u
}

// alternateUsername is deriveUsername's second choice: the same with a
// suffix taken from the address, so that every import picks the same one.
func alternateUsername(base, emailKey string) string {
	sum := sha256.Sum256([]byte(emailKey))
	return base + "-" + hex.EncodeToString(sum[:4])
}

// flush matches a batch against the database and writes it in one
// transaction. If the transaction fails (a write raced another), the
// batch is written again record by record, so that one bad record is
// rejected and the rest go in.
func (b *batcher) flush(ctx context.Context, batch []*checked) error {
	if len(batch) == 0 {
		return nil
	}
	todo, err := b.match(ctx, batch)
	if err != nil {
		return err
	}
	if b.opt.DryRun {
		for _, c := range todo {
			b.count(c)
		}
		b.progress(len(todo))
		return nil
	}
	if err := b.write(ctx, todo); err == nil {
		for _, c := range todo {
			b.count(c)
		}
		b.progress(len(todo))
		return nil
	} else if ctx.Err() != nil {
		return err
	}
	for _, c := range todo {
		if err := b.write(ctx, []*checked{c}); err != nil {
			if ctx.Err() != nil {
				return err
			}
			b.reject(c.line, c.rec, &reject{CodeNotWritten, "the database refused the record (another change to the same account or username at the same time?)"})
			continue
		}
		b.count(c)
		b.progress(1)
	}
	return nil
}

func (b *batcher) count(c *checked) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case c.existing == nil:
		b.rep.Created++
	case b.opt.Update:
		b.rep.Updated++
	default:
		b.rep.Unchanged++
	}
}

// match finds who exists already (by external ID, else by email), rejects
// duplicates within the batch and usernames taken by somebody else, and
// returns the records to write.
func (b *batcher) match(ctx context.Context, batch []*checked) ([]*checked, error) {
	var extIDs, emailKeys, usernames []string
	for _, c := range batch {
		if c.rec.ExternalID != "" {
			extIDs = append(extIDs, c.rec.ExternalID)
		}
		emailKeys = append(emailKeys, c.emailKey)
		usernames = append(usernames, c.username)
		if c.derivedUsername {
			usernames = append(usernames, alternateUsername(c.username, c.emailKey))
		}
	}
	q := b.im.Client.User.Query().Where(user.Or(user.EmailKeyIn(emailKeys...), user.UsernameIn(usernames...)))
	if len(extIDs) > 0 {
		q = b.im.Client.User.Query().Where(user.Or(user.ExternalIDIn(extIDs...), user.EmailKeyIn(emailKeys...), user.UsernameIn(usernames...)))
	}
	found, err := q.All(ctx)
	if err != nil {
		return nil, err
	}
	byExt, byEmail, byUsername := map[string]*ent.User{}, map[string]*ent.User{}, map[string]*ent.User{}
	for _, u := range found {
		if u.ExternalID != nil {
			byExt[*u.ExternalID] = u
		}
		byEmail[u.EmailKey] = u
		byUsername[u.Username] = u
	}
	seenExt, seenEmail, seenUsername := map[string]int{}, map[string]int{}, map[string]int{}
	var out []*checked
	for _, c := range batch {
		if c.rec.ExternalID != "" {
			if l, ok := seenExt[c.rec.ExternalID]; ok {
				b.reject(c.line, c.rec, &reject{CodeDuplicate, fmt.Sprintf("externalId: the same as line %d", l)})
				continue
			}
		}
		if l, ok := seenEmail[c.emailKey]; ok {
			b.reject(c.line, c.rec, &reject{CodeDuplicate, fmt.Sprintf("email: the same as line %d", l)})
			continue
		}
		if c.rec.ExternalID != "" {
			c.existing = byExt[c.rec.ExternalID]
		}
		if c.existing == nil {
			if u := byEmail[c.emailKey]; u != nil {
				if c.rec.ExternalID != "" && u.ExternalID != nil && *u.ExternalID != c.rec.ExternalID {
					b.reject(c.line, c.rec, &reject{CodeEmailTaken, "email: another account, of another externalId, has this address"})
					continue
				}
				c.existing = u
			}
		} else if u := byEmail[c.emailKey]; u != nil && u.ID != c.existing.ID {
			b.reject(c.line, c.rec, &reject{CodeEmailTaken, "email: another account has this address"})
			continue
		}
		// The username: free, or the person's own.
		taken := func(name string) bool {
			u := byUsername[name]
			_, inBatch := seenUsername[name]
			return inBatch || (u != nil && (c.existing == nil || u.ID != c.existing.ID))
		}
		if c.existing != nil && (c.derivedUsername || !b.opt.Update) {
			c.username = c.existing.Username
		} else if taken(c.username) {
			if !c.derivedUsername {
				b.reject(c.line, c.rec, &reject{CodeUsernameTaken, "username: another account has it"})
				continue
			}
			alt := alternateUsername(c.username, c.emailKey)
			if taken(alt) {
				b.reject(c.line, c.rec, &reject{CodeUsernameTaken, "username: none given, and the ones made from the email address are taken"})
				continue
			}
			c.username = alt
		}
		if c.rec.ExternalID != "" {
			seenExt[c.rec.ExternalID] = c.line
		}
		seenEmail[c.emailKey] = c.line
		seenUsername[c.username] = c.line
		out = append(out, c)
	}
	return out, nil
}

// write stores records in one transaction: new people in multi-row
// inserts, existing ones updated (with Update), their memberships, the
// set-password emails, and one USERS_IMPORTED audit event.
func (b *batcher) write(ctx context.Context, todo []*checked) error {
	now := time.Now().UTC().Truncate(time.Microsecond)
	if b.im.Accounts != nil && b.im.Accounts.Now != nil {
		now = b.im.Accounts.Now.Now().UTC().Truncate(time.Microsecond)
	}
	return b.im.Outbox.InTx(ctx, b.im.Client, func(tx *ent.Client, send mail.Send) error {
		var creates []*ent.UserCreate
		var members []*ent.MembershipCreate
		var mailTo []*checked
		created, updated := 0, 0
		for _, c := range todo {
			id := ""
			if c.existing != nil {
				id = c.existing.ID
			} else {
				id = prefixid.New("usr")
			}
			sealed := ""
			if c.hash != "" {
				var err error
				if sealed, err = account.SealLegacyHash(b.im.Keys, id, c.format, c.hash); err != nil {
					return err
				}
			}
			if c.existing == nil {
				uc := tx.User.Create().SetID(id).SetEmail(c.email).SetEmailKey(c.emailKey).SetUsername(c.username).
					SetName(c.name).SetRole(c.role).SetLocale(c.locale).SetPasswordHash(c.argon).SetLegacyPasswordHash(sealed)
				if c.rec.ExternalID != "" {
					uc.SetExternalID(c.rec.ExternalID)
				}
				if c.createdAt != nil {
					uc.SetCreatedAt(*c.createdAt)
				}
				if c.verified != nil && *c.verified {
					uc.SetEmailVerifiedAt(orNow(c.createdAt, now))
				}
				if c.argon != "" {
					uc.SetPasswordChangedAt(now)
				}
				creates = append(creates, uc)
				created++
				for i := range c.orgIDs {
					members = append(members, tx.Membership.Create().SetUserID(id).SetOrganizationID(c.orgIDs[i]).SetRights(c.rights[i]))
				}
				if c.hash == "" && c.argon == "" && b.opt.SendSetPassword {
					mailTo = append(mailTo, c)
				}
				continue
			}
			if !b.opt.Update {
				continue
			}
			upd := tx.User.UpdateOneID(id).SetEmail(c.email).SetEmailKey(c.emailKey).SetUsername(c.username).SetLocale(c.locale).SetRole(c.role)
			if c.rec.Name != "" {
				upd.SetName(c.name)
			}
			if c.rec.ExternalID != "" && c.existing.ExternalID == nil {
				upd.SetExternalID(c.rec.ExternalID)
			}
			if c.verified != nil {
				if *c.verified && c.existing.EmailVerifiedAt == nil {
					upd.SetEmailVerifiedAt(orNow(c.createdAt, now))
				} else if !*c.verified {
					upd.ClearEmailVerifiedAt()
				}
			}
			// A hash never replaces a password the person has set or
			// signed in with here since (argon2id): only one still
			// waiting for its first sign-in.
			if c.existing.PasswordHash == "" {
				if sealed != "" {
					upd.SetLegacyPasswordHash(sealed)
				} else if c.argon != "" {
					upd.SetPasswordHash(c.argon).SetLegacyPasswordHash("").SetPasswordChangedAt(now)
				}
			}
			if err := upd.Exec(ctx); err != nil {
				return err
			}
			for i := range c.orgIDs {
				err := tx.Membership.Create().SetUserID(id).SetOrganizationID(c.orgIDs[i]).SetRights(c.rights[i]).
					OnConflictColumns(membership.FieldUserID, membership.FieldOrganizationID).UpdateRights().Exec(ctx)
				if err != nil {
					return err
				}
			}
			updated++
		}
		var users []*ent.User
		if len(creates) > 0 {
			var err error
			if users, err = tx.User.CreateBulk(creates...).Save(ctx); err != nil {
				return err
			}
		}
		if len(members) > 0 {
			if err := tx.Membership.CreateBulk(members...).Exec(ctx); err != nil {
				return err
			}
		}
		if len(mailTo) > 0 {
			byID := map[string]*ent.User{}
			for _, u := range users {
				byID[u.EmailKey] = u
			}
			for _, c := range mailTo {
				if err := b.im.Accounts.SendSetPasswordLink(ctx, tx, byID[c.emailKey], send); err != nil {
					return err
				}
			}
		}
		if created+updated == 0 {
			return nil
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.UsersImported, ActorID: b.opt.ActorID,
			Details: map[string]string{"created": fmt.Sprint(created), "updated": fmt.Sprint(updated)}})
	})
}

func orNow(t *time.Time, now time.Time) time.Time {
	if t != nil {
		return *t
	}
	return now
}

// Bounds on one ImportRecords call (the admin mutation): a call is one
// request, and a plain password costs an argon2id hash.
const (
	MaxRecordsPerCall   = 1000
	MaxPasswordsPerCall = 20
)

// ErrTooManyRecords and ErrTooManyPasswords refuse a call as a whole.
var (
	ErrTooManyRecords   = fmt.Errorf("userimport: at most %d records a call", MaxRecordsPerCall)
	ErrTooManyPasswords = fmt.Errorf("userimport: at most %d records with a password a call", MaxPasswordsPerCall)
)

// ImportRecords imports records given in memory (the admin mutation),
// numbered from 1 in the report, within the bounds above.
func (im *Importer) ImportRecords(ctx context.Context, records []Record, opt Options) (*Report, error) {
	if len(records) > MaxRecordsPerCall {
		return nil, ErrTooManyRecords
	}
	pw := 0
	for _, r := range records {
		if r.Password != "" {
			pw++
		}
	}
	if pw > MaxPasswordsPerCall {
		return nil, ErrTooManyPasswords
	}
	return im.Import(ctx, &SliceSource{Records: records}, opt)
}
