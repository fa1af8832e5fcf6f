// Package userimport brings people in from another system with the
// password hashes it kept (internal/legacyhash), and writes them out again
// in the same format. A file is read as a stream and written in batches
// (multi-row inserts), so memory stays flat and a million records take
// minutes; each record is checked whole before anything of its batch is
// written, and a rejected record is reported with its line and reason.
package userimport

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Record is one person, as a line of JSON Lines or a row of CSV (the CSV
// columns are named as the JSON fields; memberships is then JSON text).
type Record struct {
	Email              string       `json:"email"`
	Username           string       `json:"username,omitempty"`
	Name               string       `json:"name,omitempty"`
	Locale             string       `json:"locale,omitempty"`
	CreatedAt          string       `json:"createdAt,omitempty"`
	EmailVerified      *bool        `json:"emailVerified,omitempty"`
	Role               string       `json:"role,omitempty"`
	ExternalID         string       `json:"externalId,omitempty"`
	Memberships        []Membership `json:"memberships,omitempty"`
	PasswordHash       string       `json:"passwordHash,omitempty"`
	PasswordHashFormat string       `json:"passwordHashFormat,omitempty"`
	Password           string       `json:"password,omitempty"`
}

// Membership names an organisation by ID or by name, and the rights held.
type Membership struct {
	Organization string   `json:"organization"`
	Rights       []string `json:"rights"`
}

// Fields are the record's field names, the CSV header's columns.
var Fields = []string{"email", "username", "name", "locale", "createdAt", "emailVerified", "role", "externalId", "memberships", "passwordHash", "passwordHashFormat", "password"}

// Source yields records one at a time; Next returns io.EOF at the end. A
// record that cannot be read at all comes back as a *LineError, and the
// source goes on with the next one.
type Source interface {
	Next() (line int, r Record, err error)
}

// LineError is a record that could not be read.
type LineError struct {
	Line   int
	Reason string
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Reason) }

// MaxLineBytes bounds one record: no real person needs more.
const MaxLineBytes = 64 << 10

// NewSource reads JSON Lines or CSV from r, deciding by the first byte
// that is not white space: '{' is JSON Lines, anything else CSV with a
// header row.
func NewSource(r io.Reader) (Source, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte{0xEF, 0xBB, 0xBF}) {
		br.Discard(3)
	}
	head, err := br.Peek(4096)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, err
	}
	if t := bytes.TrimLeft(head, " \t\r\n"); len(t) == 0 || t[0] == '{' {
		return &jsonSource{r: br}, nil
	}
	return newCSVSource(br)
}

type jsonSource struct {
	r    *bufio.Reader
	line int
}

func (s *jsonSource) Next() (int, Record, error) {
	for {
		raw, err := s.readLine()
		if err != nil {
			return s.line, Record{}, err
		}
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			continue
		}
		var rec Record
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&rec); err != nil {
			return s.line, Record{}, &LineError{Line: s.line, Reason: "not a record: " + jsonReason(err)}
		}
		if dec.More() {
			return s.line, Record{}, &LineError{Line: s.line, Reason: "more than one JSON value on the line"}
		}
		return s.line, rec, nil
	}
}

// readLine returns the next line; an over-long one is skipped whole and
// reported.
func (s *jsonSource) readLine() ([]byte, error) {
	var buf []byte
	s.line++
	for {
		chunk, err := s.r.ReadSlice('\n')
		if len(buf)+len(chunk) > MaxLineBytes {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = s.r.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, &LineError{Line: s.line, Reason: fmt.Sprintf("longer than %d bytes", MaxLineBytes)}
		}
		buf = append(buf, chunk...)
		switch {
		case err == nil:
			return buf, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == io.EOF && len(buf) > 0:
			return buf, nil
		default:
			return nil, err
		}
	}
}

// jsonReason names what is wrong without repeating the line (which may
// hold a password or a hash).
func jsonReason(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("invalid JSON at character %d", syn.Offset)
	case errors.As(err, &typ):
		return fmt.Sprintf("field %s must be %s", typ.Field, typ.Type)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return "unknown field " + strings.TrimPrefix(err.Error(), "json: unknown field ")
	}
	return "invalid JSON"
}

type csvSource struct {
	r    *csv.Reader
	cols []string
}

func newCSVSource(r io.Reader) (Source, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("CSV header: %w", err)
	}
	s := &csvSource{r: cr}
	for _, h := range header {
		h = strings.TrimSpace(h)
		known := false
		for _, f := range Fields {
			if h == f {
				known = true
			}
		}
		if !known {
			return nil, fmt.Errorf("CSV header: unknown column %q (columns: %s)", h, strings.Join(Fields, ", "))
		}
		s.cols = append(s.cols, h)
	}
	return s, nil
}

func (s *csvSource) Next() (int, Record, error) {
	row, err := s.r.Read()
	line, _ := s.r.FieldPos(0)
	if err == io.EOF {
		return line, Record{}, io.EOF
	}
	var perr *csv.ParseError
	if errors.As(err, &perr) {
		return perr.StartLine, Record{}, &LineError{Line: perr.StartLine, Reason: "not a CSV row: " + perr.Err.Error()}
	}
	if err != nil {
		return line, Record{}, err
	}
	if len(row) != len(s.cols) {
		return line, Record{}, &LineError{Line: line, Reason: fmt.Sprintf("%d columns, the header has %d", len(row), len(s.cols))}
	}
	var rec Record
	for i, v := range row {
		switch s.cols[i] {
		case "email":
			rec.Email = v
		case "username":
			rec.Username = v
		case "name":
			rec.Name = v
		case "locale":
			rec.Locale = v
		case "createdAt":
			rec.CreatedAt = v
		case "emailVerified":
			switch strings.ToLower(strings.TrimSpace(v)) {
			case "":
			case "1", "true", "yes":
				t := true
				rec.EmailVerified = &t
			case "0", "false", "no":
				f := false
				rec.EmailVerified = &f
			default:
				return line, Record{}, &LineError{Line: line, Reason: "emailVerified must be true or false"}
			}
		case "role":
			rec.Role = v
		case "externalId":
			rec.ExternalID = v
		case "memberships":
			if strings.TrimSpace(v) != "" {
				if err := json.Unmarshal([]byte(v), &rec.Memberships); err != nil {
					return line, Record{}, &LineError{Line: line, Reason: "memberships must be JSON: [{\"organization\": …, \"rights\": […]}]"}
				}
			}
		case "passwordHash":
			rec.PasswordHash = v
		case "passwordHashFormat":
			rec.PasswordHashFormat = v
		case "password":
			rec.Password = v
		}
	}
	return line, rec, nil
}

// SliceSource yields records given in memory (the GraphQL mutation),
// numbered from 1.
type SliceSource struct {
	Records []Record
	i       int
}

func (s *SliceSource) Next() (int, Record, error) {
	if s.i >= len(s.Records) {
		return s.i, Record{}, io.EOF
	}
	s.i++
	return s.i, s.Records[s.i-1], nil
}
