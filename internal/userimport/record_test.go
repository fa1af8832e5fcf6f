package userimport

import (
	"errors"
	"io"
	"strings"
	"testing"
)

func readAll(t *testing.T, in string) (lines []int, recs []Record, bad []*LineError) {
	t.Helper()
	src, err := NewSource(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	for {
		line, r, err := src.Next()
		if err == io.EOF {
			return
		}
		var le *LineError
		if errors.As(err, &le) {
			bad = append(bad, le)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		lines, recs = append(lines, line), append(recs, r)
	}
}

func TestJSONLinesAreReadWithTheirLineNumbersAndBadLinesReported(t *testing.T) {
	in := "\ufeff" + `{"email":"a@x.example","memberships":[{"organization":"Shop","rights":["VIEW_ORDERS"]}],"emailVerified":true}

{"email":"b@x.example","passwordHash":"secret-hash","surprise":1}
not json at all secret-hash
{"email":"c@x.example"} {"email":"d@x.example"}
{"email":"e@x.example","externalId":"5"}
`
	lines, recs, bad := readAll(t, in)
	if len(recs) != 2 || lines[0] != 1 || lines[1] != 6 || recs[1].ExternalID != "5" || len(recs[0].Memberships) != 1 || !*recs[0].EmailVerified {
		t.Fatalf("lines %v records %+v", lines, recs)
	}
	if len(bad) != 3 || bad[0].Line != 3 || !strings.Contains(bad[0].Reason, "unknown field") || bad[1].Line != 4 || bad[2].Line != 5 {
		t.Fatalf("bad %+v", bad)
	}
	for _, b := range bad {
		if strings.Contains(b.Reason, "secret-hash") {
			t.Fatalf("a reason repeats the line: %s", b.Reason)
		}
	}
}

func TestCSVIsReadByItsHeaderWithTheLinesOfItsRows(t *testing.T) {
	in := "email,name,emailVerified,memberships\n" +
		"a@x.example,\"Ann, the first\",yes,\n" +
		"b@x.example,\"Bob\non two lines\",0,\"[{\"\"organization\"\":\"\"org_1\"\",\"\"rights\"\":[]}]\"\n" +
		"c@x.example,Cy,maybe,\n" +
		"d@x.example,Di\n"
	lines, recs, bad := readAll(t, in)
	if len(recs) != 2 || lines[0] != 2 || lines[1] != 3 || recs[0].Name != "Ann, the first" || *recs[1].EmailVerified || recs[1].Memberships[0].Organization != "org_1" {
		t.Fatalf("lines %v records %+v", lines, recs)
	}
	if len(bad) != 2 || bad[0].Line != 5 || bad[1].Line != 6 {
		t.Fatalf("bad %+v", bad)
	}
	if _, err := NewSource(strings.NewReader("email,password_hash\n")); err == nil {
		t.Fatal("an unknown column was accepted")
	}
}

func TestAUsernameIsMadeFromTheAddressWhenNoneIsGiven(t *testing.T) {
	for in, want := range map[string]string{
		"Jane.Doe@x.example": "jane.doe", "a@x.example": "a00", "élise+shop@x.example": "lise-shop",
		"__x__@x.example": "x00", strings.Repeat("a", 60) + "@x.example": strings.Repeat("a", 48),
	} {
		if got := deriveUsername(in); got != want {
			t.Errorf("deriveUsername(%q) = %q, want %q", in, got, want)
		}
	}
	if a, b := alternateUsername("jane", "jane@x.example"), alternateUsername("jane", "jane@x.example"); a != b || !strings.HasPrefix(a, "jane-") {
		t.Fatalf("alternate %q %q", a, b)
	}
}
