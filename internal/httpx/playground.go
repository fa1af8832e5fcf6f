package httpx

import (
	"bytes"
	"io/fs"
	"net/http"
	"net/url"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
)

// playground serves GraphiQL (frontend/playground.html, built into the
// binary with its assets, so it works with no internet) to signed-in
// admins. Anyone else is sent to the sign-in page and brought back.
func playground(files fs.FS) http.Handler {
	page, err := fs.ReadFile(files, "playground.html")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v := auth.FromContext(r.Context())
		if v == nil || v.Via != auth.ViaSession {
			http.Redirect(w, r, "/sign-in?next="+url.QueryEscape("/playground"), http.StatusSeeOther)
			return
		}
		if !v.IsAdmin() {
			http.Error(w, "The GraphQL playground is for admins.", http.StatusForbidden)
			return
		}
		if err != nil {
			http.Error(w, "The playground was not built into this binary.", http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		http.ServeContent(w, r, "playground.html", time.Time{}, bytes.NewReader(page))
	})
}
