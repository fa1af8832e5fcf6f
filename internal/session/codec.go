package session

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/alexedwards/scs/v2"
)

// Codec encodes session data as a small JSON object. scs's gob codec builds
// a new decoder, and compiles its types, for every request that carries a
// cookie; JSON of one string is several times cheaper. Sessions hold only
// strings (the user's ID), so nothing is lost; data written by the gob codec
// before this one is still read, so an upgrade signs nobody out.
type Codec struct{}

var _ scs.Codec = Codec{}

type encoded struct {
	Deadline time.Time         `json:"d"`
	Values   map[string]string `json:"v,omitempty"`
}

// Encode implements scs.Codec. It refuses values that are not strings.
func (Codec) Encode(deadline time.Time, values map[string]interface{}) ([]byte, error) {
	e := encoded{Deadline: deadline}
	if len(values) > 0 {
		e.Values = make(map[string]string, len(values))
		for k, v := range values {
			s, ok := v.(string)
			if !ok {
				return nil, fmt.Errorf("session: value %q is a %T; sessions hold strings only", k, v)
			}
			e.Values[k] = s
		}
	}
	return json.Marshal(e)
}

// Decode implements scs.Codec.
func (Codec) Decode(b []byte) (time.Time, map[string]interface{}, error) {
	if !bytes.HasPrefix(b, []byte("{")) {
		return scs.GobCodec{}.Decode(b) // written before this codec
	}
	var e encoded
	if err := json.Unmarshal(b, &e); err != nil {
		return time.Time{}, nil, fmt.Errorf("session: decode: %w", err)
	}
	values := make(map[string]interface{}, len(e.Values))
	for k, v := range e.Values {
		values[k] = v
	}
	return e.Deadline, values, nil
}
