package httpx

import (
	"encoding/json"
	"net/http"
)

// writeGraphQLError answers in GraphQL's error shape, so that clients handle
// refusals from the middleware the same way as those from resolvers.
func writeGraphQLError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{
		"errors": []any{map[string]any{"message": msg, "extensions": map[string]any{"code": code}}},
	})
}
