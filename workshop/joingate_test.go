package workshop

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestJoinGateRates(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rates JoinRates
		from  []string      // one join per entry, all at once
		later time.Duration // then one more from from[0] after this long
		in    int           // joins let in at once
		again bool          // whether the later join is let in
	}{
		{"one computer's burst", JoinRates{}, repeat("10.0.0.1", 8), 10 * time.Second, DefaultSourceBurst, true},
		{"one computer after 5 s", JoinRates{}, repeat("10.0.0.1", 8), 5 * time.Second, DefaultSourceBurst, false},
		{"the room's burst from many computers", JoinRates{}, distinct(80), 2 * time.Second, DefaultJoinBurst, true},
		{"the room's rate after its burst", JoinRates{Burst: 2, PerMinute: 1}, distinct(3), 30 * time.Second, 2, false},
		{"raised rates", JoinRates{Burst: 500, SourceBurst: 500}, repeat("10.0.0.1", 300), 0, 300, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := NewJoinGate(tc.rates)
			in := 0
			var last error
			for _, addr := range tc.from {
				if err := g.Admit(addr, today); err == nil {
					in++
				} else {
					last = err
				}
			}
			if in != tc.in {
				t.Errorf("%d let in at once, want %d", in, tc.in)
			}
			if last != nil {
				refusedAs(t, "a join over the rate", last, ErrTooManyJoins)
				var re *RoomError
				if errors.As(last, &re); re.RetryAfter <= 0 || !strings.Contains(re.Message, "try again in") {
					t.Errorf("a refusal that does not say when to try again: %+v", re)
				}
			}
			if err := g.Admit(tc.from[0], today.Add(tc.later)); (err == nil) != tc.again {
				t.Errorf("after %v: %v, want let in %v", tc.later, err, tc.again)
			}
		})
	}
}

func TestJoinGateWrongCodes(t *testing.T) {
	g := NewJoinGate(JoinRates{})
	now := today
	for i := range MaxWrongCodes {
		alerted, err := g.TryCode("10.0.0.1", "WRONG", "RIGHT1", now)
		refusedAs(t, "a wrong code", err, ErrBadCode)
		if alerted {
			t.Fatalf("wrong code %d put the room on guard", i+1)
		}
	}
	_, err := g.TryCode("10.0.0.1", "RIGHT1", "RIGHT1", now.Add(time.Second))
	refusedAs(t, "the right code after five wrong ones, at once", err, ErrTooManyTries)
	if _, err := g.TryCode("10.0.0.1", "RIGHT1", "RIGHT1", now.Add(CodeWindow)); err != nil {
		t.Errorf("the right code a minute later: %v", err)
	}
	if _, err := g.TryCode("10.0.0.2", "RIGHT1", "RIGHT1", now); err != nil {
		t.Errorf("another computer's right code: %v", err)
	}

	// From many addresses: WrongCodeLockout wrong codes within the window
	// put the room on guard once, and the facilitator sees it until they
	// clear it.
	alertedAt := 0
	for i := range WrongCodeLockout + 5 {
		addr := "10.1.0." + string(rune('a'+i%26)) + string(rune('a'+i/26))
		if alerted, _ := g.TryCode(addr, "WRONG", "RIGHT1", now.Add(time.Duration(i)*time.Second)); alerted {
			if alertedAt != 0 {
				t.Fatalf("alerted again at wrong code %d", i+1)
			}
			alertedAt = i + 1
		}
	}
	if alertedAt != WrongCodeLockout-MaxWrongCodes {
		t.Errorf("alerted at the %dth wrong code of the burst, want %d (with the 5 before)", alertedAt, WrongCodeLockout-MaxWrongCodes)
	}
	if !strings.Contains(g.Alert(), "wrong codes") {
		t.Errorf("alert: %q", g.Alert())
	}
	g.Clear()
	if g.Alert() != "" {
		t.Errorf("alert after clearing: %q", g.Alert())
	}
	if alerted, _ := g.TryCode("10.2.0.1", "WRONG", "RIGHT1", now.Add(time.Minute)); alerted {
		t.Error("one wrong code after clearing puts the room on guard again")
	}
}

// TestGuardKeepsTheRoomOpen is the review's N8: 30 wrong codes from six
// addresses closed joining for everyone, again 47 ms after each
// reopening. Now they put the room on guard: an address that gave a wrong
// code waits a minute before its next, one that gave none joins with the
// right code at once, and a newcomer's typo costs one minute.
func TestGuardKeepsTheRoomOpen(t *testing.T) {
	g := NewJoinGate(JoinRates{})
	now := today
	for i := range WrongCodeLockout {
		g.TryCode("10.1.0."+strconv.Itoa(i/MaxWrongCodes), "WRONG", "RIGHT1", now)
	}
	if g.Alert() == "" {
		t.Fatal("no alert after WrongCodeLockout wrong codes")
	}
	if _, err := g.TryCode("10.2.0.1", "RIGHT1", "RIGHT1", now); err != nil {
		t.Errorf("the right code from an address with no wrong code, on guard: %v", err)
	}
	_, err := g.TryCode("10.2.0.2", "RIGHTX", "RIGHT1", now)
	refusedAs(t, "a typo on guard", err, ErrBadCode)
	_, err = g.TryCode("10.2.0.2", "RIGHT1", "RIGHT1", now.Add(time.Second))
	refusedAs(t, "the right code a second after a typo, on guard", err, ErrTooManyTries)
	var re *RoomError
	if errors.As(err, &re); re.RetryAfter != CodeWindow-time.Second {
		t.Errorf("after a typo on guard: wait %v, want %v", re.RetryAfter, CodeWindow-time.Second)
	}
	if _, err := g.TryCode("10.2.0.2", "RIGHT1", "RIGHT1", now.Add(CodeWindow)); err != nil {
		t.Errorf("the right code a minute after a typo, on guard: %v", err)
	}
	_, err = g.TryCode("10.1.0.0", "GUESS2", "RIGHT1", now.Add(CodeWindow+time.Second))
	refusedAs(t, "a guesser's guess a minute later", err, ErrBadCode)
	_, err = g.TryCode("10.1.0.0", "GUESS3", "RIGHT1", now.Add(CodeWindow+2*time.Second))
	refusedAs(t, "its next, a second later", err, ErrTooManyTries)
}

func TestRoomRules(t *testing.T) {
	c := fixture(t)
	old := answered(c, 3)
	skills := old.Clone()
	for id, s := range skills.Skills {
		s.Current = s.Current%5 + 1
		skills.Skills[id] = s
		break
	}
	plan := old.Clone()
	plan.Plan = &Plan{Strengths: []string{"I listen"}}
	s := NewRoomState("Room", DefaultAgenda, Paced)
	if err := s.GoTo(3, today); err != nil { // skill gap
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		locked   bool
		old, new *Answers
		want     error
	}{
		{"open phase", false, old, skills, nil},
		{"locked phase, its answers", true, old, skills, ErrLocked},
		{"locked phase, a later step", true, old, plan, nil},
		{"locked phase, no change", true, old, old.Clone(), nil},
		{"locked phase, first answers", true, nil, skills, ErrLocked},
	} {
		st := s
		st.Locked = tc.locked
		refusedAs(t, tc.name, st.CheckEdit(tc.old, tc.new), tc.want)
	}
	refusedAs(t, "an open room", s.CheckJoin(), nil)
	s.JoinOpen = false
	refusedAs(t, "a closed room", s.CheckJoin(), ErrJoinClosed)
}

func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

func distinct(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "10.9." + string(rune('a'+i/26)) + "." + string(rune('a'+i%26))
	}
	return out
}
