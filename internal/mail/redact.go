package mail

import "regexp"

// secretPattern matches what stands for a secret in a stored body (the
// markers Enqueue writes) and, in emails written before secrets were kept
// out of the outbox, the secrets themselves: tokens (lk_rst_…, lk_inv_…)
// and temporary passwords (Xk7pQ-m2RtZ-9wLb4-Hq3sN).
var secretPattern = regexp.MustCompile(`lksecret[a-z2-7]{26}|lk_[a-z]+_[a-z0-9]{20,}|\b[A-Za-z0-9]{5}-[A-Za-z0-9]{5}-[A-Za-z0-9]{5}-[A-Za-z0-9]{5}\b`)

// markerPattern matches the markers alone.
var markerPattern = regexp.MustCompile(`lksecret[a-z2-7]{26}`)

// Redact hides the secrets in an email body. Delivered emails are kept
// redacted, and admins see redacted bodies whenever mail is delivered by
// SMTP: an admin must never be able to read a reset link or a temporary
// password meant for someone else. (Without SMTP the outbox is the only way
// to finish a flow, so there it is shown whole: see Outbox.Shown.)
func Redact(body string) string { return secretPattern.ReplaceAllString(body, "[redacted]") }
