package httpx

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/codes"
)

// securityHeaders sets the headers every response carries. The CSP allows
// only the service's own origin; pages are never framed; and no Referer
// leaves a page, because reset links carry tokens in their URL.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		next.ServeHTTP(w, r)
	})
}

// statusWriter remembers the status code for the access log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// requestLog gives each request an ID, puts the client in the context and
// logs one line per request. It logs the path only: query strings can carry
// tokens, and headers carry cookies and bearer tokens.
func requestLog(log *slog.Logger, ips clientinfo.Resolver, observe func(route string, status int, d time.Duration)) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			id := newRequestID()
			w.Header().Set("X-Request-ID", id)
			info := clientinfo.Info{IP: ips.ClientIP(r), UserAgent: r.UserAgent(), RequestID: id}
			ctx := clientinfo.With(r.Context(), info)
			note := &logNote{}
			ctx = context.WithValue(ctx, logNoteKey{}, note)
			sw := &statusWriter{ResponseWriter: w}
			defer func() {
				if p := recover(); p != nil {
					log.ErrorContext(ctx, "handler panicked", "request_id", id, "panic", p)
					if sw.status == 0 {
						http.Error(sw, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
					}
				}
				attrs := []any{"request_id", id, "method", r.Method, "path", r.URL.Path, "status", sw.status, "bytes", sw.bytes, "duration_ms", float64(time.Since(start).Microseconds()) / 1000, "ip", info.IP}
				if note.userID != "" {
					attrs = append(attrs, "user_id", note.userID)
				}
				log.InfoContext(ctx, "request", attrs...)
				observe(note.route, sw.status, time.Since(start))
			}()
			next.ServeHTTP(sw, r.WithContext(ctx))
		})
	}
}

// logNote lets inner middleware add fields to the access log line.
type logNote struct{ userID, route string }

type logNoteKey struct{}

func newRequestID() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// limitBody refuses bodies over max before reading them: a declared length
// over the limit is answered at once, and an undeclared (chunked) one is read
// only up to the limit and then refused.
func limitBody(max int64) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			tooLarge := func() {
				w.Header().Set("Connection", "close")
				writeGraphQLError(w, http.StatusRequestEntityTooLarge, codes.RequestTooLarge, "The request body is too large.")
			}
			if r.ContentLength > max {
				tooLarge()
				return
			}
			if r.Body != nil && r.Body != http.NoBody {
				body, err := io.ReadAll(io.LimitReader(r.Body, max+1))
				if err != nil {
					writeGraphQLError(w, http.StatusBadRequest, codes.InvalidInput, "The request body could not be read.")
					return
				}
				if int64(len(body)) > max {
					tooLarge()
					return
				}
				r.Body = io.NopCloser(bytes.NewReader(body))
			}
			next.ServeHTTP(w, r)
		})
	}
}

// csrf protects cookie-authenticated requests with Go's cross-origin
// protection (Sec-Fetch-Site / Origin checks). Requests that carry a bearer
// token are exempt: a browser cannot attach one cross-site on its own.
func csrf(publicOrigin string) func(http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	if publicOrigin != "" {
		cop.AddTrustedOrigin(publicOrigin) //nolint:errcheck // validated by config
	}
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeGraphQLError(w, http.StatusForbidden, codes.Forbidden, "Cross-origin request refused.")
	}))
	return func(next http.Handler) http.Handler {
		protected := cop.Handler(next)
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if _, ok := auth.BearerToken(r.Header.Get("Authorization")); ok {
				next.ServeHTTP(w, r)
				return
			}
			protected.ServeHTTP(w, r)
		})
	}
}

// authenticate puts the viewer (from a bearer token or the session) in the
// context. A bad bearer token is refused outright rather than treated as
// anonymous, so an integrator notices a revoked token at once.
func authenticate(a *auth.Authenticator, log *slog.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx := r.Context()
			var v *auth.Viewer
			var err error
			if tok, ok := auth.BearerToken(r.Header.Get("Authorization")); ok {
				v, err = a.FromToken(ctx, tok)
				if err == auth.ErrBadToken {
					w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
					writeGraphQLError(w, http.StatusUnauthorized, codes.Unauthenticated, "The access token is invalid, revoked or expired.")
					return
				}
			} else {
				v, err = a.FromSession(ctx)
			}
			if err != nil {
				log.ErrorContext(ctx, "authenticate", "err", err)
				writeGraphQLError(w, http.StatusServiceUnavailable, codes.Internal, "Something went wrong on our side. Please try again.")
				return
			}
			if v != nil {
				if note, ok := ctx.Value(logNoteKey{}).(*logNote); ok {
					note.userID = v.User.ID
				}
				r = r.WithContext(auth.WithViewer(ctx, v))
			}
			next.ServeHTTP(w, r)
		})
	}
}
