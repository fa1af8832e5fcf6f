// Package webhook sends Latchkey's events to integrators' endpoints, signed
// as the Standard Webhooks specification says, with retries, a delivery log
// and defences against server-side request forgery. Events are written by
// internal/webhook/event in the transaction of each change; the Worker fans
// them out to endpoints and delivers them, once, from any number of
// instances.
package webhook

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/membership"
	"github.com/latchkey/latchkey/ent/organization"
	"github.com/latchkey/latchkey/ent/predicate"
	"github.com/latchkey/latchkey/ent/schema/prefixid"
	"github.com/latchkey/latchkey/ent/webhookdelivery"
	"github.com/latchkey/latchkey/ent/webhookendpoint"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/keyring"
	"github.com/latchkey/latchkey/internal/org"
	"github.com/latchkey/latchkey/internal/rights"
	"github.com/latchkey/latchkey/internal/text"
	"github.com/latchkey/latchkey/internal/webhook/event"
)

// RotationOverlap is how long the secret before a rotation stays valid:
// deliveries carry a signature with each secret until then, so that an
// integrator can deploy the new secret without missing an event.
const RotationOverlap = 24 * time.Hour

// Errors callers branch on.
var (
	ErrNotFound           = errors.New("webhook: not found")
	ErrForbidden          = errors.New("webhook: not allowed")
	ErrInvalidEvents      = errors.New("webhook: unknown event type")
	ErrInvalidDescription = errors.New("webhook: a description has at most 200 characters, without control characters")
	ErrTooMany            = errors.New("webhook: too many endpoints")
)

// MaxEndpoints is how many endpoints may exist per organisation (or
// globally, for admins' endpoints without an organisation).
const MaxEndpoints = 20

// Actor is who asks.
type Actor = org.Actor

// Service manages endpoints.
type Service struct {
	Client *ent.Client
	// Keys seals the signing secrets (internal/keyring): the database holds
	// nothing a reader of its file could sign with.
	Keys  *keyring.Ring
	Guard Guard
	Now   clock.Clock
}

// aad binds a sealed secret to its endpoint.
func aad(endpointID string) []byte { return []byte("latchkey webhook secret\x00" + endpointID) }

// CreateInput is a new endpoint.
type CreateInput struct {
	URL            string
	Events         []string
	Description    string
	OrganizationID string
}

func checkEvents(evs []string) ([]string, error) {
	out := []string{}
	for _, e := range evs {
		e = strings.TrimSpace(e)
		if _, ok := event.Lookup(e); !ok || e == "webhook.test" {
			return nil, ErrInvalidEvents
		}
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	slices.Sort(out)
	return out, nil
}

func checkDescription(d string) (string, error) {
	d = strings.TrimSpace(d)
	if d == "" {
		return d, nil
	}
	if text.CheckFree(d, 200) != nil {
		return "", ErrInvalidDescription
	}
	return d, nil
}

// mayManage reports whether a may manage endpoints of orgID ("" : the
// global ones, admins only): admins, and members holding
// MANAGE_ORGANIZATION.
func (s *Service) mayManage(ctx context.Context, a Actor, orgID string) error {
	if a.Admin {
		if orgID != "" {
			ok, err := s.Client.Organization.Query().Where(organization.ID(orgID)).Exist(ctx)
			if err != nil {
				return err
			}
			if !ok {
				return ErrNotFound
			}
		}
		return nil
	}
	if orgID == "" || a.User == nil {
		return ErrForbidden
	}
	m, err := s.Client.Membership.Query().Where(membership.UserID(a.User.ID), membership.OrganizationID(orgID)).Only(ctx)
	if ent.IsNotFound(err) {
		return ErrForbidden
	}
	if err != nil {
		return err
	}
	if !slices.Contains(org.RightsIn(false, m), rights.ManageOrganization) {
		return ErrForbidden
	}
	return nil
}

// Visible is the filter of the endpoints a may see and manage: all for
// admins, those of the organisations where a holds MANAGE_ORGANIZATION for
// others (never the global ones).
func (s *Service) Visible(ctx context.Context, a Actor) (predicate.WebhookEndpoint, error) {
	if a.Admin {
		return webhookendpoint.IDNEQ(""), nil
	}
	ms, err := s.Client.Membership.Query().Where(membership.UserID(a.User.ID)).All(ctx)
	if err != nil {
		return nil, err
	}
	var orgs []string
	for _, m := range ms {
		if slices.Contains(org.RightsIn(false, m), rights.ManageOrganization) {
			orgs = append(orgs, m.OrganizationID)
		}
	}
	return webhookendpoint.OrganizationIDIn(orgs...), nil
}

// Create registers an endpoint and returns it with its secret, the only
// time the secret is shown.
func (s *Service) Create(ctx context.Context, a Actor, in CreateInput) (*ent.WebhookEndpoint, string, error) {
	if err := s.mayManage(ctx, a, in.OrganizationID); err != nil {
		return nil, "", err
	}
	u, err := s.Guard.CheckURL(in.URL)
	if err != nil {
		return nil, "", err
	}
	evs, err := checkEvents(in.Events)
	if err != nil {
		return nil, "", err
	}
	desc, err := checkDescription(in.Description)
	if err != nil {
		return nil, "", err
	}
	secret := NewSecret()
	id := prefixid.New("whe")
	var ep *ent.WebhookEndpoint
	err = database.WithTx(ctx, s.Client, func(tx *ent.Client) error {
		q := tx.WebhookEndpoint.Query()
		if in.OrganizationID == "" {
			q.Where(webhookendpoint.OrganizationIDIsNil())
		} else {
			q.Where(webhookendpoint.OrganizationID(in.OrganizationID))
		}
		if n, err := q.Count(ctx); err != nil {
			return err
		} else if n >= MaxEndpoints {
			return ErrTooMany
		}
		c := tx.WebhookEndpoint.Create().SetID(id).SetURL(u).SetEvents(evs).SetDescription(desc).
			SetOwnerID(a.User.ID).SetSecret(s.Keys.Seal([]byte(secret), aad(id))).SetCreatedAt(s.Now.Now().Truncate(time.Millisecond))
		if in.OrganizationID != "" {
			c.SetOrganizationID(in.OrganizationID)
		}
		ep, err = c.Save(ctx)
		return err
	})
	if err != nil {
		return nil, "", err
	}
	return ep, secret, nil
}

// Get returns an endpoint a may manage.
func (s *Service) Get(ctx context.Context, a Actor, id string) (*ent.WebhookEndpoint, error) {
	ep, err := s.Client.WebhookEndpoint.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	org := ""
	if ep.OrganizationID != nil {
		org = *ep.OrganizationID
	}
	if err := s.mayManage(ctx, a, org); err != nil {
		// Someone else's endpoint does not exist, as far as a is told.
		if errors.Is(err, ErrForbidden) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	return ep, nil
}

// UpdateInput changes an endpoint; nil fields stay as they are.
type UpdateInput struct {
	ID          string
	URL         *string
	Events      []string
	EventsSet   bool
	Description *string
	Enabled     *bool
}

// Update changes an endpoint. Enabling it again clears why it was disabled.
func (s *Service) Update(ctx context.Context, a Actor, in UpdateInput) (*ent.WebhookEndpoint, error) {
	ep, err := s.Get(ctx, a, in.ID)
	if err != nil {
		return nil, err
	}
	upd := s.Client.WebhookEndpoint.UpdateOne(ep)
	if in.URL != nil {
		u, err := s.Guard.CheckURL(*in.URL)
		if err != nil {
			return nil, err
		}
		upd.SetURL(u)
	}
	if in.EventsSet {
		evs, err := checkEvents(in.Events)
		if err != nil {
			return nil, err
		}
		upd.SetEvents(evs)
	}
	if in.Description != nil {
		d, err := checkDescription(*in.Description)
		if err != nil {
			return nil, err
		}
		upd.SetDescription(d)
	}
	if in.Enabled != nil {
		upd.SetEnabled(*in.Enabled)
		if *in.Enabled {
			upd.SetDisabledReason("")
		}
	}
	return upd.Save(ctx)
}

// Rotate gives an endpoint a new secret and returns it (shown once). The
// old one stays valid for RotationOverlap: deliveries are signed with both.
func (s *Service) Rotate(ctx context.Context, a Actor, id string) (*ent.WebhookEndpoint, string, error) {
	ep, err := s.Get(ctx, a, id)
	if err != nil {
		return nil, "", err
	}
	full, err := s.Client.WebhookEndpoint.Query().Where(webhookendpoint.ID(ep.ID)).Only(ctx)
	if err != nil {
		return nil, "", err
	}
	secret := NewSecret()
	ep, err = s.Client.WebhookEndpoint.UpdateOne(full).
		SetSecret(s.Keys.Seal([]byte(secret), aad(id))).
		SetPreviousSecret(full.Secret).
		SetPreviousSecretExpiresAt(s.Now.Now().Add(RotationOverlap)).
		Save(ctx)
	if err != nil {
		return nil, "", err
	}
	return ep, secret, nil
}

// Delete removes an endpoint and its delivery log.
func (s *Service) Delete(ctx context.Context, a Actor, id string) error {
	ep, err := s.Get(ctx, a, id)
	if err != nil {
		return err
	}
	return database.WithTx(ctx, s.Client, func(tx *ent.Client) error {
		if _, err := tx.WebhookDelivery.Delete().Where(webhookdelivery.EndpointID(ep.ID)).Exec(ctx); err != nil {
			return err
		}
		return tx.WebhookEndpoint.DeleteOneID(ep.ID).Exec(ctx)
	})
}

// Secrets returns the secrets deliveries to ep are signed with: the
// current one, and the previous one during its overlap.
func (s *Service) Secrets(ep *ent.WebhookEndpoint) ([]string, error) {
	return secrets(s.Keys, ep, s.Now.Now())
}

func secrets(keys *keyring.Ring, ep *ent.WebhookEndpoint, now time.Time) ([]string, error) {
	cur, err := keys.Open(ep.Secret, aad(ep.ID))
	if err != nil {
		return nil, fmt.Errorf("webhook: opening the secret of %s: %w", ep.ID, err)
	}
	out := []string{string(cur)}
	if len(ep.PreviousSecret) > 0 && ep.PreviousSecretExpiresAt != nil && now.Before(*ep.PreviousSecretExpiresAt) {
		if prev, err := keys.Open(ep.PreviousSecret, aad(ep.ID)); err == nil {
			out = append(out, string(prev))
		}
	}
	return out, nil
}

// SendTest writes a webhook.test event for one endpoint.
func (s *Service) SendTest(ctx context.Context, a Actor, id string) (*ent.WebhookEvent, error) {
	ep, err := s.Get(ctx, a, id)
	if err != nil {
		return nil, err
	}
	data := map[string]string{"endpoint_id": ep.ID, "actor_id": a.User.ID}
	if ep.OrganizationID != nil {
		data["organization_id"] = *ep.OrganizationID
	}
	return event.Write(ctx, s.Client, "webhook.test", data, ep.ID)
}

// Replay sends a delivery's event to its endpoint again, as a new delivery
// (same webhook-id, so that a receiver that already has it can tell).
func (s *Service) Replay(ctx context.Context, a Actor, deliveryID string) (*ent.WebhookDelivery, error) {
	d, err := s.Client.WebhookDelivery.Get(ctx, deliveryID)
	if ent.IsNotFound(err) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	if _, err := s.Get(ctx, a, d.EndpointID); err != nil {
		return nil, err
	}
	return s.Client.WebhookDelivery.Create().SetEndpointID(d.EndpointID).SetEventID(d.EventID).
		SetEventType(d.EventType).SetNextAttemptAt(s.Now.Now()).SetCreatedAt(s.Now.Now()).Save(ctx)
}
