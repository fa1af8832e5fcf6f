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
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/alexedwards/scs/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/session"
)

// Limits on what one GraphQL request may ask of the server.
const (
	MaxBodyBytes    = 1 << 20 // 1 MiB: far more than any real query
	MaxQueryTokens  = 5000    // lexer tokens in one query document
	ComplexityLimit = 5000    // a full page of 100 users with every field fits
)

// Deps is what the HTTP layer needs.
type Deps struct {
	Log          *slog.Logger
	Schema       graphql.ExecutableSchema
	ErrorPresent graphql.ErrorPresenterFunc
	Recover      graphql.RecoverFunc
	// RootFields wraps every root field (the password-change gate).
	RootFields    graphql.RootFieldMiddleware
	Sessions      *scs.SessionManager
	Authenticator *auth.Authenticator
	ClientIPs     clientinfo.Resolver
	PublicOrigin  string
	Ready         func(context.Context) error
	SPA           fs.FS
}

// NewHandler returns the service's whole HTTP handler.
func NewHandler(d Deps) http.Handler {
	gql := newGraphQL(d)
	api := chain(gql,
		limitBody(MaxBodyBytes),
		csrf(d.PublicOrigin),
		session.Track,
		d.Sessions.LoadAndSave,
		authenticate(d.Authenticator, d.Log),
	)

	mux := http.NewServeMux()
	mux.Handle("POST /graphql", api)
	mux.Handle("GET /graphql", api)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := d.Ready(ctx); err != nil {
			d.Log.WarnContext(ctx, "not ready", "err", err)
			http.Error(w, "database unreachable", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ok\n"))
	})
	mux.Handle("GET /playground", chain(playground(d.SPA),
		session.Track, d.Sessions.LoadAndSave, authenticate(d.Authenticator, d.Log)))
	mux.Handle("/", SPA(d.SPA))

	return chain(mux, requestLog(d.Log, d.ClientIPs), securityHeaders)
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
	srv.Use(extension.FixedComplexityLimit(ComplexityLimit))
	srv.Use(introspectionWhenSignedIn{})
	srv.SetErrorPresenter(d.ErrorPresent)
	srv.SetRecoverFunc(d.Recover)
	if d.RootFields != nil {
		srv.AroundRootFields(d.RootFields)
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
