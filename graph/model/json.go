package model

import (
	"encoding/json"
	"fmt"
	"io"
)

// JSON is any JSON value, carried as it is (the JSON scalar): WebAuthn's
// options and credentials in the browser's standard JSON forms.
type JSON json.RawMessage

// MarshalGQL writes the value; an empty one is null.
func (j JSON) MarshalGQL(w io.Writer) {
	if len(j) == 0 {
		w.Write([]byte("null")) //nolint:errcheck
		return
	}
	w.Write(j) //nolint:errcheck // the response writer reports its own failures
}

// UnmarshalGQL takes the value gqlgen decoded from the request and keeps
// it as JSON again.
func (j *JSON) UnmarshalGQL(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("JSON: %w", err)
	}
	*j = b
	return nil
}
