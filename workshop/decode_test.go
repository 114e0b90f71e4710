package workshop

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
)

func encode(t testing.TB, a *Answers) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := EncodeAnswers(&buf, a); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestAnswersRoundTrip(t *testing.T) {
	c := fixture(t)
	a := answered(c, 4)
	a.Reflections["a.p"] = "Approving every firewall change — still me."
	a.Delegations = []DelegationRow{NewDelegationRow()}
	a.Plan = samplePlan()
	got, err := DecodeAnswers(bytes.NewReader(encode(t, a)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(encode(t, got), encode(t, a)) {
		t.Error("decoding and re-encoding changed the answers")
	}
}

func TestDecodeAnswersRejects(t *testing.T) {
	c := fixture(t)
	good := string(encode(t, answered(c, 3)))
	tests := []struct {
		name, input, want string
	}{
		{"empty", "", "file is empty"},
		{"truncated", good[:len(good)/2], "truncated"},
		{"not JSON", "{hello", "not valid JSON at line 1"},
		{"not an object", "[1,2]", "does not start with a JSON object"},
		{"content pack instead", `{"format":"leadshift.content","version":1}`, `want "leadshift.answers"`},
		{"newer version", strings.Replace(good, `"version": 2`, `"version": 7`, 1), "this LeadShift reads versions 1 to 2"},
		{"unknown field", strings.Replace(good, `"step"`, `"stepp": 1, "step"`, 1), "unknown field"},
		{"wrong type", strings.Replace(good, `"teamSize": 0`, `"teamSize": "ten"`, 1), "participant.teamSize"},
		{"rating out of range", strings.Replace(good, `"a.1": 3`, `"a.1": 6`, 1), "item a.1, field ratings"},
		{"negative team", strings.Replace(good, `"teamSize": 0`, `"teamSize": -4`, 1), "participant.teamSize"},
		{"unknown step", strings.Replace(good, `"step": "checkin"`, `"step": "party"`, 1), `"party" is not a step`},
		{"text too long", strings.Replace(good, `"name": "Zoë Müller"`, `"name": "`+strings.Repeat("x", MaxText+1)+`"`, 1), "participant.name"},
		{"trailing data", good + "{}", "after the JSON"},
		{"not UTF-8", strings.Replace(good, "Zoë", "Zo\xff", 1), "not UTF-8"},
		{"too large", `{"format":"leadshift.answers","x":"` + strings.Repeat("a", MaxFileSize) + `"}`, "larger than"},
		{"too many team names", strings.Replace(good, `"manager": ""`, `"manager": "", "team": [`+strings.Repeat(`"Sam",`, MaxTeamNames)+`"Kev"]`, 1), "participant.team: has 31 entries"},
		{"team name too long", strings.Replace(good, `"manager": ""`, `"manager": "", "team": ["`+strings.Repeat("x", MaxName+1)+`"]`, 1), "participant.team[0]: is longer than 80"},
		{"unknown owner kind", strings.Replace(good, `"delegations": null`, `"delegations": [{"id":"r","what":"x","type":"","owner":"Sam","support":"","by":"","ownerKind":"boss"}]`, 1), `delegations[0].ownerKind: "boss" is not one of person, rota or undecided`},
		{"bad action kind", strings.Replace(good, `"delegations": null`, `"delegations": null, "plan": {"focus":[{"actions":[{"text":"x","kind":"99"}]}]}`, 1), "not 70, 20 or 10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeAnswers(strings.NewReader(tt.input))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestDecodeContent(t *testing.T) {
	c := fixture(t)
	var buf bytes.Buffer
	if err := encodeContent(&buf, c); err != nil {
		t.Fatal(err)
	}
	got, err := DecodeContent(bytes.NewReader(buf.Bytes()))
	if err != nil || got.Skills[2].Actions[1].Text != "ask about sk.z" {
		t.Fatalf("round trip: %v", err)
	}
	broken := strings.Replace(buf.String(), `"l3"`, `""`, 1)
	var fe *FieldError
	if _, err := DecodeContent(strings.NewReader(broken)); !errors.As(err, &fe) || fe.ItemID != "sk.x" || fe.Field != "levels[2]" {
		t.Errorf("broken level: got %v", err)
	}
}

func FuzzDecodeAnswers(f *testing.F) {
	c := fixture(f)
	a := answered(c, 2)
	a.Plan = samplePlan()
	f.Add(encode(f, a))
	f.Add([]byte(`{"format":"leadshift.answers","version":1,"step":"plan","plan":{"focus":[{}]}}`))
	f.Add([]byte(`{"format":"leadshift.answers"`))
	f.Add([]byte(`{"format":"leadshift.answers","version":2,"step":"delegate","participant":{"name":"","role":"","teamSize":0,"leadershipTime":"","manager":"","team":["Kev\u200b","kev",""]},"delegations":[{"id":"r","what":"x","type":"","owner":"A rota","support":"","by":"","ownerKind":"rota"}]}`))
	_, day90 := readDay90(f) // rounds, check-ins and row histories
	f.Add(day90)
	f.Add([]byte(`{"format":"leadshift.answers","version":2,"step":"finish","delegations":[{"id":"r","what":"x","type":"","owner":"","support":"","by":"","status":[{"state":"takenBack","date":"2027-01-02","why":"x"}]}],"checkIns":[{"id":"c","date":"2027-01-01","focus":[{"title":"t","value":1e300,"actions":[{"text":"a","status":"blocked"}]}]}],"rounds":[{"id":"r","date":"2027-02-02","edition":"","ratings":{"a":5},"counts":{"escalations":1}}]}`))
	f.Add([]byte(`{"format":"leadshift.answers","version":2,"step":"finish","rounds":[{"id":"r","date":"2027-02-02","edition":"","ratings":{},"focus":[{"title":"t","value":-1}],"pulse":{"pulse.decide":[0,2,99999999]}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := DecodeAnswers(bytes.NewReader(data))
		if err != nil {
			return
		}
		// Whatever decodes must be safe to read and re-encode; package
		// analysis fuzzes analysing and drafting it.
		ReadProfile(c, a)
		for _, s := range Steps {
			a.Missing(c, s)
		}
		if _, err := DecodeAnswers(bytes.NewReader(encode(t, a))); err != nil {
			t.Fatalf("re-encoded answers do not decode: %v", err)
		}
	})
}

func FuzzDecodeContent(f *testing.F) {
	var buf bytes.Buffer
	if err := encodeContent(&buf, fixture(f)); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(`{"format":"leadshift.content","version":2,"skills":[{"levels":[]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := DecodeContent(bytes.NewReader(data))
		if err != nil {
			return
		}
		// A pack that validates must work for any answers.
		a := NewAnswers(c.ID, today)
		for _, s := range c.Skills {
			a.Skills[s.ID] = SkillRate{Current: 1, Importance: Scale}
		}
		ReadProfile(c, a)
		for _, s := range Steps {
			a.Missing(c, s)
		}
	})
}

// encodeContent writes a content pack as JSON, for decoding tests.
func encodeContent(w io.Writer, c *Content) error {
	return json.NewEncoder(w).Encode(c)
}
