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
				if err := r.Reserve("someone"); err != nil {
					t.Fatal(err)
				}
			}
			refusedAs(t, tc.name, r.Reserve(tc.joining), tc.want)
			if r.pending != tc.holdsNow {
				t.Errorf("places held: %d, want %d", r.pending, tc.holdsNow)
			}
		})
	}
}

func TestRosterRemovalAndLetBack(t *testing.T) {
	r := NewRoster(2, nil)
	join := func(name string) (*Member, error) {
		if err := r.Reserve(name); err != nil {
			return nil, err
		}
		return r.Add(Member{ID: name, Name: name, Connected: true}), nil
	}
	eve, _ := join("Eve")
	if _, err := join("Ana"); err != nil {
		t.Fatal(err)
	}
	_, err := join("Cy")
	refusedAs(t, "a third in a room of two", err, ErrRoomFull)

	r.Apply(eve, eve.AsRemoved())
	if !eve.Removed || eve.Connected || eve.LetBack {
		t.Errorf("removed: %+v", *eve)
	}
	_, err = join("Eve")
	refusedAs(t, "the removed name", err, ErrLetBack)
	_, err = join("Е\u034fve") // Cyrillic Е, combining grapheme joiner
	refusedAs(t, "the removed name in disguise", err, ErrLetBack)
	if r.pending != 0 {
		t.Fatalf("refusals hold %d places", r.pending)
	}

	r.Apply(eve, eve.AsLetBack())
	if !eve.Removed || !eve.LetBack {
		t.Errorf("let back: %+v, want still removed (her old token stays revoked) and let back", *eve)
	}
	again, err := join("Eve")
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
	if m.Name != "Zoe" || m.Step != StepSkills || !m.Share || m.Progress != Progress(c, a) || !m.LastSeen.Equal(today) {
		t.Errorf("following the answers: %+v, want the joining name kept and the rest followed", m)
	}
	a.Participant.Name, a.Share = "Alice (facilitator)", false
	if m = m.Following(c, a, today); m.Name != "Zoe" || m.Share {
		t.Errorf("the answers renamed the member, or the consent did not follow them: %+v", m)
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
		{"\u3164", "", ErrInvalid},                                  // Hangul filler
		{"\u2800\u2800", "", ErrInvalid},                            // blank Braille
		{"\u0301\u0302\u0303", "", ErrInvalid},                      // accents on nothing
		{"Mallory\u034f\ufe0f", "Mallory", nil},                     // grapheme joiner, variation selector
		{"Ｍａｌｌｏｒｙ", "Mallory", nil},                                 // full-width
		{"Za\u0301\u0301\u0301\u0301lgo", "Zá\u0301\u0301lgo", nil}, // two accents at most beyond the letter
		{"line\nbreak\ttab", "line break tab", nil},
		{"Mal\u00a0lory", "Mal lory", nil},
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

// TestSameName is the review's N9: a removed "Mallory" rejoined as
// Mallory with an invisible character, a Cyrillic а or a no-break space,
// identical on the roster. Each of them is now the same name.
func TestSameName(t *testing.T) {
	for _, disguise := range []string{"Mallory\u034f", "Mallory\ufe0f", "Mallory\u3164", "M\u0430llory", "Mal\u00a0lory",
		"MALLORY", "Ｍａｌｌｏｒｙ", "MaIlory", "Ma11ory", "Mallóry", "Μallοry"} {
		if !SameName("Mallory", disguise) {
			t.Errorf("%q (%+q) is not the same name as Mallory", disguise, disguise)
		}
	}
	for _, other := range []string{"Mallorie", "Malory", "Hillary", "Mallory B"} {
		if SameName("Mallory", other) {
			t.Errorf("%q is taken for Mallory", other)
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
			if unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) || invisible(r) {
				t.Fatalf("CleanName(%q) = %q keeps %U", s, got, r)
			}
		}
		if utf8.RuneCountInString(got) > MaxName || got != strings.TrimSpace(got) || strings.Contains(got, "  ") {
			t.Fatalf("CleanName(%q) = %q", s, got)
		}
		if again := CleanName(got); again != got {
			t.Fatalf("CleanName is not stable: %q, then %q", got, again)
		}
		if got != "" && !strings.ContainsFunc(got, func(r rune) bool { return unicode.In(r, unicode.L, unicode.N, unicode.P, unicode.S) }) {
			t.Fatalf("CleanName(%q) = %q shows nothing", s, got)
		}
		if !SameName(s, got) {
			t.Fatalf("%q and its cleaned %q are not the same name", s, got)
		}
	})
}
