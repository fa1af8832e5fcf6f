package event

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/latchkey/latchkey/ent"
)

// Payload is the body of every delivery.
type Payload struct {
	Type      string            `json:"type"`
	Timestamp time.Time         `json:"timestamp"`
	Data      map[string]string `json:"data"`
}

// Build returns the payload of an event of type name at now, keeping only
// the fields the catalogue lists for it (so that no secret, email address or
// hash passed in data can reach an integrator) and dropping empty ones.
func Build(name string, now time.Time, data map[string]string) (Payload, error) {
	t, ok := Lookup(name)
	if !ok {
		return Payload{}, fmt.Errorf("event: %q is not in the catalogue", name)
	}
	kept := map[string]string{}
	for _, f := range t.Fields {
		if v := data[f.Name]; v != "" {
			kept[f.Name] = v
		}
	}
	return Payload{Type: name, Timestamp: now.UTC().Truncate(time.Millisecond), Data: kept}, nil
}

// Write records an event of type name with c, which should be the
// transaction of the change that causes it. endpointID, when not empty,
// sends it to that endpoint only.
func Write(ctx context.Context, c *ent.Client, name string, data map[string]string, endpointID string) (*ent.WebhookEvent, error) {
	p, err := Build(name, time.Now(), data)
	if err != nil {
		return nil, err
	}
	body, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	q := c.WebhookEvent.Create().SetType(name).SetPayload(string(body)).SetCreatedAt(p.Timestamp)
	if o := p.Data["organization_id"]; o != "" {
		q.SetOrganizationID(o)
	}
	if endpointID != "" {
		q.SetEndpointID(endpointID)
	}
	ev, err := q.Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("event: write %s: %w", name, err)
	}
	return ev, nil
}
