package workshop

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestRehearsalsRoundTripAndMerge(t *testing.T) {
	c := fixture(t)
	c.Practices = []Practice{practiceFor("coach", StepProfile)}
	base := NewAnswers(c.ID, time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC))
	base.Rehearsals = map[string]string{"coach": "What have you tried so far?"}
	var buf bytes.Buffer
	if err := EncodeAnswers(&buf, base); err != nil {
		t.Fatal(err)
	}
	back, err := DecodeAnswers(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if back.Rehearsals["coach"] != "What have you tried so far?" {
		t.Fatalf("the rehearsal came back as %q", back.Rehearsals["coach"])
	}
	clone := back.Clone()
	clone.Rehearsals["coach"] = "x"
	if back.Rehearsals["coach"] == "x" {
		t.Error("a clone shares its rehearsals")
	}

	mine, theirs := base.Clone(), base.Clone()
	mine.Rehearsals["handover"] = "It is yours from Monday."
	theirs.Rehearsals["coach"] = "What is your next step?"
	merged, clashes := Merge(base, mine, theirs)
	if len(clashes) != 0 || merged.Rehearsals["handover"] != "It is yours from Monday." || merged.Rehearsals["coach"] != "What is your next step?" {
		t.Errorf("merged rehearsals %v with %d clashes", merged.Rehearsals, len(clashes))
	}
	mine.Rehearsals["coach"] = "Tell me what you tried."
	_, clashes = Merge(base, mine, theirs)
	if len(clashes) != 1 || !strings.Contains(clashes[0].Label(c), "What I would say: T") {
		t.Errorf("a rehearsal changed on both laptops: %v", clashes)
	}

	long := base.Clone()
	long.Rehearsals["coach"] = strings.Repeat("x", MaxText+1)
	buf.Reset()
	if err := EncodeAnswers(&buf, long); err != nil {
		t.Fatal(err)
	}
	if _, err := DecodeAnswers(&buf); err == nil || !strings.Contains(err.Error(), "rehearsals") {
		t.Errorf("a rehearsal past MaxText: %v", err)
	}
}
