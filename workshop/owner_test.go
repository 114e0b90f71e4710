package workshop

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestTeamNamesAreCleanedFirstNames(t *testing.T) {
	for typed, want := range map[string][]string{
		"Priya, Kev ,Sam":              {"Priya", "Kev", "Sam"},
		"Priya,, ,Kev,":                {"Priya", "Kev"},
		"Marisa; Jo\nAna":              {"Marisa", "Jo", "Ana"},
		"Priya, priya, PRIYA":          {"Priya"},
		"Zoë\u200b, Ｋｅｖ":               {"Zoë", "Kev"},
		"李伟、Марина，Ольга":              {"李伟", "Марина", "Ольга"},
		"  ":                           nil,
		strings.Repeat("x", MaxName+9): {strings.Repeat("x", MaxName)},
	} {
		if got := TeamNames(typed); !slices.Equal(got, want) {
			t.Errorf("TeamNames(%q) = %q, want %q", typed, got, want)
		}
	}
}

func TestAnOwnerPickedSaysWhatItIs(t *testing.T) {
	p := Participant{Name: "Zoë", Team: []string{"Priya", "Kev"}}
	if got, want := p.OwnerChoices(), []string{"Priya", "Kev", "A rota", "Not decided yet"}; !slices.Equal(got, want) {
		t.Fatalf("choices %q, want %q", got, want)
	}
	for owner, want := range map[string]OwnerKind{
		"Priya": OwnerPerson, " kev ": OwnerPerson, "A rota": OwnerRota, "Not decided yet": OwnerUndecided,
		"On-call rota": "", "Sam": "", "Nobody yet": "", "": "",
	} {
		if got := p.OwnerKindOf(owner); got != want {
			t.Errorf("OwnerKindOf(%q) = %q, want %q", owner, got, want)
		}
	}
	if got := (Participant{}).OwnerChoices(); !slices.Equal(got, []string{OwnerRotaChoice, OwnerUndecidedChoice}) {
		t.Errorf("no team: choices %q", got)
	}
}

// The team and an owner's kind are kept in the file, the names cleaned
// on the way in; a file without them opens as before.
func TestTeamAndOwnerKindRoundTrip(t *testing.T) {
	a := answered(fixture(t), 3)
	a.Participant.Team = []string{"Priya", "Kev\u200b", "priya"}
	a.Delegations = []DelegationRow{{ID: "r1", What: "Patching", Owner: "Not decided yet", OwnerKind: OwnerUndecided}}
	got, err := DecodeAnswers(bytes.NewReader(encode(t, a)))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Participant.Team, []string{"Priya", "Kev"}) || got.Delegations[0].OwnerKind != OwnerUndecided {
		t.Errorf("team %q, owner kind %q", got.Participant.Team, got.Delegations[0].OwnerKind)
	}
	old := answered(fixture(t), 3)
	data := encode(t, old)
	if bytes.Contains(data, []byte(`"team"`)) || bytes.Contains(data, []byte("ownerKind")) {
		t.Fatalf("a file without a team or picked owners writes them: %s", data)
	}
	if _, err := DecodeAnswers(bytes.NewReader(data)); err != nil {
		t.Errorf("a file without a team: %v", err)
	}
	if !a.Participant.Same(a.Clone().Participant) || a.Participant.Same(old.Participant) {
		t.Error("Same does not follow the team")
	}
	if steps := ChangedSteps(old, a); !slices.Contains(steps, StepCheckIn) {
		t.Errorf("a team added: changed steps %v", steps)
	}
}

// The team's names merge as one answer of the check-in: taken from the
// side that changed them, a clash when both did.
func TestTeamNamesMerge(t *testing.T) {
	base := answered(fixture(t), 3)
	mine, theirs := base.Clone(), base.Clone()
	theirs.Participant.Team = []string{"Priya", "Kev"}
	if m, cs := Merge(base, mine, theirs); len(cs) != 0 || !slices.Equal(m.Participant.Team, theirs.Participant.Team) {
		t.Errorf("only theirs named the team: %q, clashes %v", m.Participant.Team, cs)
	}
	mine.Participant.Team = []string{"Sam"}
	m, cs := Merge(base, mine, theirs)
	if len(cs) != 1 || cs[0].Label(nil) != "Your team's first names" || cs[0].Mine != "Sam" || cs[0].Theirs != "Priya; Kev" || !slices.Equal(m.Participant.Team, []string{"Sam"}) {
		t.Fatalf("both named the team: %q, clashes %+v", m.Participant.Team, cs)
	}
	cs[0].TakeTheirs(m)
	if !slices.Equal(m.Participant.Team, theirs.Participant.Team) {
		t.Errorf("theirs taken: %q", m.Participant.Team)
	}
}
