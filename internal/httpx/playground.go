package httpx

import (
	"bytes"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
)

// playground serves GraphiQL (frontend/playground, built into the binary
// with its assets, so it works with no internet). The page is for
// signed-in admins; anyone else is sent to sign in and brought back. Its
// script and style files under /playground/assets/ are public, like the
// app's: they hold no data.
func playground(files fs.FS) http.Handler {
	page, err := fs.ReadFile(files, "index.html")
	static := http.StripPrefix("/playground/", http.FileServerFS(files))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/playground/assets/") {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
			static.ServeHTTP(w, r)
			return
		}
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
		http.ServeContent(w, r, "index.html", time.Time{}, bytes.NewReader(page))
	})
}
