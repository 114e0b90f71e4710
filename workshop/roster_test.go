package workshop

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refusedAs checks err is a *RoomError of kind with a sentence, or nil
// when kind is nil.
func refusedAs(t *testing.T, what string, err, kind error) {
	t.Helper()
	var re *RoomError
	switch {
	case kind == nil && err != nil:
		t.Errorf("%s: %v, want no refusal", what, err)
	case kind != nil && (!errors.Is(err, kind) || !errors.Is(err, ErrRefused) || !errors.As(err, &re) || re.Message == ""):
		t.Errorf("%s: %v, want %v with a sentence", what, err, kind)
	}
}

func TestRosterPlaces(t *testing.T) {
	ana := Member{ID: "a", Name: "Ana"}
	gone := Member{ID: "g", Name: "Gö Removed", Removed: true}
	back := Member{ID: "b", Name: "Bo", Removed: true, LetBack: true}
	for _, tc := range []struct {
		name     string
		max      int
		members  []Member
		pending  int // places already held
		joining  string
		want     error
		holdsNow int // places held afterwards
	}{
		{"an empty room", 2, nil, 0, "Cy", nil, 1},
		{"the last place", 2, []Member{ana}, 0, "Cy", nil, 1},
		{"a full room", 2, []Member{ana}, 1, "Cy", ErrRoomFull, 1},
		{"removed members free their place", 1, []Member{gone}, 0, "Cy", nil, 1},
		{"a removed name is kept out", 5, []Member{gone}, 0, "gö removed", ErrLetBack, 0},
		{"a let-back name may join", 5, []Member{back}, 0, "Bo", nil, 1},
		{"the kept-out check comes before the cap", 1, []Member{ana, gone}, 0, "Gö Removed", ErrLetBack, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := NewRoster(tc.max, tc.members)
			for range tc.pending {
				if err := r.Reserve("someone", ""); err != nil {
					t.Fatal(err)
				}
			}
			refusedAs(t, tc.name, r.Reserve(tc.joining, "10.0.0.9"), tc.want)
			if r.pending != tc.holdsNow {
				t.Errorf("places held: %d, want %d", r.pending, tc.holdsNow)
			}
		})
	}
}

func TestRosterRemovalAndLetBack(t *testing.T) {
	r := NewRoster(2, nil)
	join := func(name, addr string) (*Member, error) {
		if err := r.Reserve(name, addr); err != nil {
			return nil, err
		}
		return r.Add(Member{ID: name, Name: name, Connected: true}, addr), nil
	}
	eve, _ := join("Eve", "10.0.0.5")
	if _, err := join("Ana", "10.0.0.6"); err != nil {
		t.Fatal(err)
	}
	_, err := join("Cy", "10.0.0.7")
	refusedAs(t, "a third in a room of two", err, ErrRoomFull)

	r.Apply(eve, eve.AsRemoved())
	if !eve.Removed || eve.Connected || eve.LetBack {
		t.Errorf("removed: %+v", *eve)
	}
	_, err = join("Eve", "10.0.0.99")
	refusedAs(t, "the removed name from another computer", err, ErrLetBack)
	_, err = join("Someone Else", "10.0.0.5")
	refusedAs(t, "another name from the removed computer", err, ErrLetBack)
	if r.pending != 0 {
		t.Fatalf("refusals hold %d places", r.pending)
	}

	r.Apply(eve, eve.AsLetBack())
	if !eve.Removed || !eve.LetBack {
		t.Errorf("let back: %+v, want still removed (her old token stays revoked) and let back", *eve)
	}
	again, err := join("Eve", "10.0.0.5")
	if err != nil {
		t.Fatalf("Eve let back: %v", err)
	}
	if again == eve || len(r.Members()) != 3 {
		t.Errorf("Eve joins again as a new member: %d entries", len(r.Members()))
	}
	if (Member{LetBack: true}).AsLetBack().LetBack {
		t.Error("a member never removed is marked as let back")
	}
}

func TestRosterStartsDisconnected(t *testing.T) {
	r := NewRoster(0, []Member{{ID: "a", Name: "Ana", Connected: true}})
	if r.Max() != DefaultMaxMembers || r.Members()[0].Connected {
		t.Errorf("a stored roster: max %d, %+v", r.Max(), *r.Members()[0])
	}
}

func TestConsent(t *testing.T) {
	shared, private := &Answers{Share: true}, &Answers{}
	for _, tc := range []struct {
		name               string
		m                  Member
		a                  *Answers
		counted, printable bool
	}{
		{"shares", Member{}, shared, true, true},
		{"keeps them private", Member{}, private, true, false},
		{"has not answered", Member{}, nil, false, false},
		{"removed after sharing", Member{Removed: true}, shared, false, false},
		{"removed and let back", Member{Removed: true, LetBack: true}, shared, false, false},
	} {
		if got := tc.m.Counted(tc.a); got != tc.counted {
			t.Errorf("%s: counted %v", tc.name, got)
		}
		if got := tc.m.Printable(tc.a); got != tc.printable {
			t.Errorf("%s: printable %v", tc.name, got)
		}
	}
}

func TestFollowing(t *testing.T) {
	c := fixture(t)
	a := answered(c, 3)
	a.Participant.Name = "  Zoë\u200b  Müller\u202e "
	a.Step, a.Share = StepSkills, true
	m := Member{ID: "z", Name: "Zoe"}.Following(c, a, today)
	if m.Name != "Zoë Müller" || m.Step != StepSkills || !m.Share || m.Progress != Progress(c, a) || !m.LastSeen.Equal(today) {
		t.Errorf("following the answers: %+v", m)
	}
	a.Participant.Name, a.Share = "\u200b", false
	if m = m.Following(c, a, today); m.Name != "Zoë Müller" || m.Share {
		t.Errorf("a name of nothing keeps the old one, and the consent follows the answers: %+v", m)
	}
}

func TestJoinName(t *testing.T) {
	for _, tc := range []struct {
		raw, want string
		err       error
	}{
		{"  Ana   Lima ", "Ana Lima", nil},
		{"\u001b[31mRed\u0000", "[31mRed", nil},
		{"\u200b\u202e", "", ErrInvalid},
		{"", "", ErrInvalid},
		{strings.Repeat("é", MaxName), strings.Repeat("é", MaxName), nil},
		{strings.Repeat("é", MaxName+1), "", ErrInvalid},
	} {
		got, err := JoinName(tc.raw)
		refusedAs(t, tc.raw, err, tc.err)
		if got != tc.want {
			t.Errorf("JoinName(%q) = %q, want %q", tc.raw, got, tc.want)
		}
	}
}

// FuzzCleanName: a cleaned name has no control or format characters, at
// most MaxName characters, no surrounding or doubled spaces, and cleaning
// it again changes nothing.
func FuzzCleanName(f *testing.F) {
	for _, seed := range []string{"Zoë Müller", "\u0000\u001b[31mRED", "\u202eresU nimdA", "Zero\u200bWidth", "  a \t\n b  ", strings.Repeat("é", 200), ""} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := CleanName(s)
		for _, r := range got {
			if unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) {
				t.Fatalf("CleanName(%q) = %q keeps %U", s, got, r)
			}
		}
		if utf8.RuneCountInString(got) > MaxName || got != strings.TrimSpace(got) || strings.Contains(got, "  ") {
			t.Fatalf("CleanName(%q) = %q", s, got)
		}
		if again := CleanName(got); again != got {
			t.Fatalf("CleanName is not stable: %q, then %q", got, again)
		}
	})
}
