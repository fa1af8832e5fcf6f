package session

import (
	"testing"
	"time"

	"github.com/alexedwards/scs/v2"
)

func TestCodecKeepsTheSignedInUserAndReadsOldSessions(t *testing.T) {
	deadline := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	values := map[string]interface{}{UserKey: "usr_01abc"}
	gob, err := scs.GobCodec{}.Encode(deadline, values)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := Codec{}.Encode(deadline, values)
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"written by this codec": fresh, "written by scs's gob codec before an upgrade": gob} {
		gotDeadline, got, err := Codec{}.Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !gotDeadline.Equal(deadline) || got[UserKey] != "usr_01abc" || len(got) != 1 {
			t.Fatalf("%s: got %v %v", name, gotDeadline, got)
		}
	}
	if _, _, err := (Codec{}).Decode([]byte("{not json")); err == nil {
		t.Fatal("corrupt data decoded")
	}
	if _, err := (Codec{}).Encode(deadline, map[string]interface{}{"n": 1}); err == nil {
		t.Fatal("a non-string value was encoded (it would come back as another type)")
	}
	if b, err := (Codec{}).Encode(deadline, nil); err != nil || string(b) != `{"d":"2026-12-01T12:00:00Z"}` {
		t.Fatalf("empty session: %s %v", b, err)
	}
}
