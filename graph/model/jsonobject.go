package model

import (
	"encoding/json"
	"errors"
	"io"
)

// JSONObject is a value sent as the JSON object it marshals to (the
// JSONObject scalar, output only).
type JSONObject struct{ Value any }

// MarshalGQL writes the value as JSON. A value that cannot be marshalled
// is a bug of ours; it is written as null rather than half an object.
func (o JSONObject) MarshalGQL(w io.Writer) {
	b, err := json.Marshal(o.Value)
	if err != nil {
		b = []byte("null")
	}
	w.Write(b) //nolint:errcheck // the response writer reports its own failures
}

// UnmarshalGQL refuses input: the scalar is output only.
func (o *JSONObject) UnmarshalGQL(v any) error {
	return errors.New("JSONObject is an output type")
}
