// Package metrics exposes Prometheus metrics at /metrics: requests and
// GraphQL fields by name, sign-in outcomes, lockouts, reset requests, the
// outbox and the password hashes in flight. Label values come from fixed
// sets (route patterns, schema field names, outcomes), never from input.
package metrics

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds the collectors of one service instance.
type Metrics struct {
	reg       *prometheus.Registry
	requests  *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	fields    *prometheus.CounterVec
	fieldTime *prometheus.HistogramVec
	signIns   *prometheus.CounterVec
	lockouts  prometheus.Counter
	resets    prometheus.Counter
	sends     *prometheus.CounterVec
	challenge *prometheus.CounterVec
	refusals  *prometheus.CounterVec
}

// Gauges are read when Prometheus scrapes.
type Gauges struct {
	OutboxPending func() float64
	HashesRunning func() float64
	HashesWaiting func() float64
	// HashPressure is the fraction of hashing capacity in use (0 to 1);
	// UnderPressure 1 while challenges are asked of everyone.
	HashPressure  func() float64
	UnderPressure func() float64
}

// New registers every collector.
func New(g Gauges) *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry()}
	m.requests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "latchkey_http_requests_total", Help: "HTTP requests by route and status."}, []string{"route", "status"})
	m.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "latchkey_http_request_duration_seconds", Help: "HTTP request latency by route.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16)}, []string{"route"})
	m.fields = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "latchkey_graphql_operations_total", Help: "GraphQL root fields (queries and mutations) by name and result."}, []string{"field", "result"})
	m.fieldTime = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "latchkey_graphql_operation_duration_seconds", Help: "GraphQL root field latency by name.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16)}, []string{"field"})
	m.signIns = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "latchkey_sign_ins_total", Help: "Sign-in attempts by outcome."}, []string{"outcome"})
	m.lockouts = prometheus.NewCounter(prometheus.CounterOpts{Name: "latchkey_lockouts_total", Help: "Accounts locked after failed sign-ins."})
	m.resets = prometheus.NewCounter(prometheus.CounterOpts{Name: "latchkey_reset_requests_total", Help: "Password reset requests (known and unknown logins alike)."})
	m.sends = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "latchkey_outbox_sends_total", Help: "Outbox delivery attempts by result (sent, retry, failed)."}, []string{"result"})
	m.challenge = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "latchkey_challenges_total", Help: "Proof-of-work challenges by event: issued, solved, failed (invalid, expired or replayed)."}, []string{"event"})
	m.refusals = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "latchkey_refusals_total", Help: "Requests refused under load, by reason: anonymous_lane (before parsing), hashing_busy (no hashing slot nor place in the queue), challenge_required."}, []string{"reason"})
	m.reg.MustRegister(m.requests, m.latency, m.fields, m.fieldTime, m.signIns, m.lockouts, m.resets, m.sends, m.challenge, m.refusals,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	gauge := func(name, help string, f func() float64) {
		if f != nil {
			m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: name, Help: help}, f))
		}
	}
	gauge("latchkey_outbox_pending", "Emails waiting in the outbox.", g.OutboxPending)
	gauge("latchkey_password_hashes_running", "argon2id hashes running now.", g.HashesRunning)
	gauge("latchkey_password_hashes_waiting", "Sign-ins waiting for a hashing slot.", g.HashesWaiting)
	gauge("latchkey_hash_pressure", "Fraction of password hashing capacity (slots and queue) in use, 0 to 1.", g.HashPressure)
	gauge("latchkey_under_pressure", "1 while the hashing pressure is at or over --challenge-pressure (challenges asked of everyone).", g.UnderPressure)
	return m
}

// Handler serves the metrics in Prometheus's text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// ObserveRequest records one HTTP request under its route pattern.
func (m *Metrics) ObserveRequest(route string, status int, d time.Duration) {
	if m == nil {
		return
	}
	if route == "" {
		route = "other"
	}
	m.requests.WithLabelValues(route, strconv.Itoa(status)).Inc()
	m.latency.WithLabelValues(route).Observe(d.Seconds())
}

// RootField is gqlgen middleware that counts and times each root field.
func (m *Metrics) RootField(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	fc := graphql.GetRootFieldContext(ctx)
	start := time.Now()
	res := next(ctx)
	if fc == nil || fc.Field.Field == nil {
		return res
	}
	name := fc.Field.Name
	if len(name) > 2 && name[:2] == "__" {
		name = "introspection"
	}
	result := "ok"
	if len(graphql.GetFieldErrors(ctx, graphql.GetFieldContext(ctx))) > 0 {
		result = "error"
	}
	m.fields.WithLabelValues(name, result).Inc()
	m.fieldTime.WithLabelValues(name).Observe(time.Since(start).Seconds())
	return res
}

// SignIn counts a sign-in outcome: success, invalid_credentials, locked,
// second_factor_locked (the right password, the codes locked),
// rate_limited, challenge_required, abandoned or error.
func (m *Metrics) SignIn(outcome string) {
	if m != nil {
		m.signIns.WithLabelValues(outcome).Inc()
	}
}

// Locked counts an account lockout.
func (m *Metrics) Locked() {
	if m != nil {
		m.lockouts.Inc()
	}
}

// ResetRequested counts a reset request.
func (m *Metrics) ResetRequested() {
	if m != nil {
		m.resets.Inc()
	}
}

// Sent counts an outbox delivery attempt: sent, retry or failed.
func (m *Metrics) Sent(result string) {
	if m != nil {
		m.sends.WithLabelValues(result).Inc()
	}
}

// Challenge counts a proof-of-work event: issued, solved or failed; a
// "required" event is a refusal (challenge_required).
func (m *Metrics) Challenge(event string) {
	if m == nil {
		return
	}
	if event == "required" {
		m.refusals.WithLabelValues("challenge_required").Inc()
		return
	}
	m.challenge.WithLabelValues(event).Inc()
}

// Refused counts a request refused under load: anonymous_lane or
// hashing_busy.
func (m *Metrics) Refused(reason string) {
	if m != nil {
		m.refusals.WithLabelValues(reason).Inc()
	}
}
