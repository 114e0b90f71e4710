package workshop

import (
	"bytes"
	"encoding/csv"
	"math"
	"testing"
	"time"
)

func TestTimer(t *testing.T) {
	t0 := today
	tm := NewTimer(10*time.Minute, t0)
	if got := tm.Left(t0.Add(4 * time.Minute)); got != 6*time.Minute {
		t.Errorf("running: left %v, want 6m", got)
	}
	tm.Pause(t0.Add(4 * time.Minute))
	if got := tm.Left(t0.Add(30 * time.Minute)); got != 6*time.Minute {
		t.Errorf("paused: left %v, want 6m however long it waits", got)
	}
	tm.Add(time.Minute, t0.Add(30*time.Minute))
	tm.Resume(t0.Add(40 * time.Minute))
	if got := tm.Left(t0.Add(41 * time.Minute)); got != 6*time.Minute {
		t.Errorf("after +1 min and resume: left %v, want 6m", got)
	}
	tm.Add(time.Minute, t0.Add(41*time.Minute))
	if got := tm.Left(t0.Add(41 * time.Minute)); got != 7*time.Minute {
		t.Errorf("+1 min while running: left %v, want 7m", got)
	}
	if got := tm.Left(t0.Add(2 * time.Hour)); got != 0 {
		t.Errorf("overrun: left %v, want 0", got)
	}
}

func TestRoomPacing(t *testing.T) {
	s := NewRoomState("Room", DefaultAgenda, Paced)
	if !s.Reachable(StepCheckIn) || s.Reachable(StepAssess) {
		t.Error("paced, phase 0: only check-in is reachable")
	}
	rev := s.Rev
	if err := s.GoTo(1, today); err != nil || s.Rev != rev+1 {
		t.Fatalf("GoTo(1): %v, rev %d", err, s.Rev)
	}
	if !s.Reachable(StepProfile) || s.Reachable(StepExpect) {
		t.Error("phase 1 reaches the profile but not the expectations")
	}
	if s.Timer.Left(today) != 35*time.Minute {
		t.Errorf("timer %v, want the phase's 35 minutes", s.Timer.Left(today))
	}
	s.Change(func(s *RoomState) { s.Locked = true })
	if s.Editable(StepAssess) || s.Editable(StepCheckIn) || !s.Editable(StepExpect) {
		t.Error("locked phase 1: check-in and assessment read-only, later steps editable")
	}
	if err := s.GoTo(len(DefaultAgenda), today); err != ErrNoPhase {
		t.Errorf("GoTo past the end: %v", err)
	}
	s.Pacing = SelfPaced
	if !s.Reachable(StepFinish) {
		t.Error("self-paced rooms reach every step")
	}
}

func TestProgress(t *testing.T) {
	c := fixture(t)
	if p := Progress(c, NewAnswers(c.ID, today)); p != 0 {
		t.Errorf("nothing answered: %d%%", p)
	}
	a := answered(c, 3) // check-in, assessment, expectations and skills
	if p := Progress(c, a); p != 66 {
		t.Errorf("four of six exercises: %d%%, want 66", p)
	}
}

func TestAggregateNeedsFivePeople(t *testing.T) {
	c := fixture(t)
	one := answered(c, 1)
	one.Expectations["e.1"] = Pair{Me: 5, Org: 1}
	two := answered(c, 5)
	two.Expectations["e.1"] = Pair{Me: 1, Org: 5}
	three := answered(c, 3)
	three.Skills["sk.y"] = SkillRate{Current: 1, Importance: 5}
	four, five := answered(c, 2), answered(c, 4)
	r := Aggregate(c, []*Answers{one, two, three, four})
	if len(r.Dimensions)+len(r.Mismatches)+len(r.Gaps) != 0 {
		t.Fatalf("four people: figures shown %+v", r)
	}
	r = Aggregate(c, []*Answers{one, two, three, four, five})
	// Five people: the median only, rounded to ScoreStep; no mean, range
	// or score bands below MinRange.
	if len(r.Dimensions) != 3 || r.Dimensions[1].HasRange || r.Dimensions[1].Median%ScoreStep != 0 || r.Dimensions[1].Mean != 0 || r.Dimensions[1].Buckets != [5]Count{} {
		t.Errorf("dimension spread %+v", r.Dimensions)
	}
	// One expects more, one believes the organisation does: too few to show either.
	if m := r.Mismatches[0]; m.Expectation.ID != "e.1" || m.MeMore != Hidden || m.OrgMore != Hidden || m.N != 5 {
		t.Errorf("top mismatch %+v", m)
	}
	// Gaps to the level needed are rounded to whole levels.
	// and ranked: a place from 1, never falling back.
	for i, g := range r.Gaps {
		if g.N != 5 || g.MeanGap != math.Round(g.MeanGap) || g.Rank.Place < 1 || i > 0 && g.Rank.Place < r.Gaps[i-1].Rank.Place {
			t.Errorf("gap %s: %+v", g.Skill.ID, g)
		}
	}
	var buf bytes.Buffer
	if err := r.WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(rows) != 1+3*1+3*2+3*1 || rows[0][0] != "section" {
		t.Errorf("CSV: %v, %d rows", err, len(rows))
	}
	for _, row := range rows {
		if row[4] == "min" || row[4] == "max" || row[5] == "1" {
			t.Errorf("CSV row %v shows a range or a category of one below the thresholds", row)
		}
	}
}
