// Package httpx is Latchkey's HTTP surface: every route in one place, the
// middleware around them, and the handler that serves the SPA.
package httpx

import (
	"context"
	"io/fs"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/alexedwards/scs/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/latchkey/latchkey/internal/afterward"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/ceremony"
	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/device"
	"github.com/latchkey/latchkey/internal/metrics"
	"github.com/latchkey/latchkey/internal/session"
)

// Limits on what one GraphQL request may ask of the server, checked before
// anything runs (queryLimits). The costs behind ComplexityLimit are in
// graph/complexity.go: a list costs its largest size times what is asked
// of each item. The admin organisations page (1,000 organisations of 100
// members) fits; a third nested list of members does not.
// BenchmarkWorstAcceptedQuery measures the worst queries they accept.
const (
	MaxBodyBytes    = 1 << 20 // 1 MiB: far more than any real query
	MaxQueryTokens  = 5000    // lexer tokens in one query document
	ComplexityLimit = 150_000
	MaxDepth        = 10 // nested fields; the SPA's deepest query has 5
	// MaxFields bounds the fields of an operation with its fragments
	// expanded where they are used (GraphiQL's introspection has 225).
	MaxFields = 10_000
)

// Deps is what the HTTP layer needs.
type Deps struct {
	Log          *slog.Logger
	Schema       graphql.ExecutableSchema
	ErrorPresent graphql.ErrorPresenterFunc
	Recover      graphql.RecoverFunc
	// RootFields wrap every root field (the password-change gate, metrics).
	RootFields []graphql.RootFieldMiddleware
	// Operations wrap every operation (the per-request loaders).
	Operations []graphql.OperationMiddleware
	// Metrics, served at /metrics; nil: none.
	Metrics  *metrics.Metrics
	Sessions *scs.SessionManager
	// Devices reads and sets the device cookie (internal/device).
	Devices device.Cookie
	// Ceremonies keeps a passkey ceremony's state in the browser
	// (internal/ceremony).
	Ceremonies    ceremony.Cookie
	Authenticator *auth.Authenticator
	ClientIPs     clientinfo.Resolver
	PublicOrigin  string
	// Lane admits anonymous GraphQL requests before parsing (lane.go);
	// nil: no lane.
	Lane       *Lane
	Ready      func(context.Context) error
	SPA        fs.FS
	Playground fs.FS
}

// NewHandler returns the service's whole HTTP handler.
func NewHandler(d Deps) http.Handler {
	gql := newGraphQL(d)
	// The viewer is known (session or token) before the body is read:
	// anonymous requests then wait their turn in the lane, and a flood of
	// them is refused before any of it is parsed.
	api := chain(gql,
		d.Lane.Track(d.Sessions.Cookie.Name),
		afterward.Middleware,
		csrf(d.PublicOrigin),
		session.Track,
		d.Sessions.LoadAndSave,
		d.Devices.Middleware,
		d.Ceremonies.Middleware,
		authenticate(d.Authenticator, d.Log),
		d.Lane.Middleware,
		limitBody(MaxBodyBytes),
	)

	mux := http.NewServeMux()
	handle := func(pattern string, h http.Handler) { mux.Handle(pattern, routed(pattern, h)) }
	handle("POST /graphql", api)
	handle("GET /graphql", api)
	handle("GET /healthz", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	}))
	handle("GET /readyz", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := d.Ready(ctx); err != nil {
			d.Log.WarnContext(ctx, "not ready", "err", err)
			http.Error(w, "database unreachable", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ok\n"))
	}))
	pg := chain(playground(d.Playground), session.Track, d.Sessions.LoadAndSave, authenticate(d.Authenticator, d.Log))
	handle("GET /playground", pg)
	handle("GET /playground/", pg)
	if d.Metrics != nil {
		handle("GET /metrics", d.Metrics.Handler())
	}
	handle("/", SPA(d.SPA))

	return chain(mux, requestLog(d.Log, d.ClientIPs, d.Metrics.ObserveRequest), securityHeaders)
}

// routed notes the route pattern for the access log and metrics, so that
// request counts are labelled by route, not by whatever path was asked.
func routed(pattern string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if note, ok := r.Context().Value(logNoteKey{}).(*logNote); ok {
			note.route = pattern
		}
		h.ServeHTTP(w, r)
	})
}

// chain wraps h in middleware, the first listed outermost.
func chain(h http.Handler, mw ...func(http.Handler) http.Handler) http.Handler {
	for i := len(mw) - 1; i >= 0; i-- {
		h = mw[i](h)
	}
	return h
}

// newGraphQL builds the gqlgen server with explicit transports: JSON POST,
// and GET for queries only (gqlgen refuses mutations over GET). No form or
// multipart transport is added, so such bodies are refused.
func newGraphQL(d Deps) *handler.Server {
	srv := handler.New(d.Schema)
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(MaxQueryTokens)
	srv.Use(&queryLimits{})
	srv.Use(introspectionWhenSignedIn{})
	srv.SetErrorPresenter(d.ErrorPresent)
	srv.SetRecoverFunc(d.Recover)
	for _, f := range d.Operations {
		srv.AroundOperations(f)
	}
	for _, f := range d.RootFields {
		srv.AroundRootFields(f)
	}
	return srv
}

// introspectionWhenSignedIn lets any authenticated caller introspect the
// schema, and nobody else.
type introspectionWhenSignedIn struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = introspectionWhenSignedIn{}

func (introspectionWhenSignedIn) ExtensionName() string                   { return "IntrospectionWhenSignedIn" }
func (introspectionWhenSignedIn) Validate(graphql.ExecutableSchema) error { return nil }
func (introspectionWhenSignedIn) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	oc.DisableIntrospection = auth.FromContext(ctx) == nil
	return nil
}
