package model

import (
	"encoding/json"
	"errors"
	"io"
)

// JSON is any JSON value, kept as its bytes (the JSON scalar): WebAuthn
// options go out and credentials come in in the browser's standard JSON
// forms, which the WebAuthn library parses itself.
type JSON json.RawMessage

// MarshalGQL writes the value as it is; an empty value is null.
func (j JSON) MarshalGQL(w io.Writer) {
	if len(j) == 0 {
		w.Write([]byte("null")) //nolint:errcheck // the response writer reports its own failures
		return
	}
	w.Write(j) //nolint:errcheck // the response writer reports its own failures
}

// UnmarshalGQL takes the value as decoded from the request (a map, a list,
// a string…) and keeps its JSON encoding.
func (j *JSON) UnmarshalGQL(v any) error {
	if v == nil {
		return errors.New("JSON: null is not a value")
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	*j = b
	return nil
}
