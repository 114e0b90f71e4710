package cli

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// focus is a focus area as analyze prints it.
type focus struct {
	ID, Title, Why  string
	Current, Target int
}

func TestAnalyzeExplainsThePlan(t *testing.T) {
	code, stdout, stderr := run("analyze", "--answers", "../../../docs/examples/personas/hero.json")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Focus      []focus
		Dimensions []struct {
			ID       string
			Score    *int
			Answered int
		}
		Expectations []struct{ ID, Label string }
		Flags        []struct{ Kind, Text string }
		Candidates   []struct {
			ID       string
			Score    float64
			Chosen   bool
			Reason   string
			Evidence []struct {
				Source, Text string
				Items        []string
				Weight       float64
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	// Coaching and delegation, in the order of their evidence (his held
	// rows explain his waiting decisions), one citing his weekends.
	if len(got.Focus) != 2 || !slices.ContainsFunc(got.Focus, func(f focus) bool { return f.ID == "skill.coaching" }) ||
		!slices.ContainsFunc(got.Focus, func(f focus) bool { return f.ID == "skill.delegation" }) ||
		!slices.ContainsFunc(got.Focus, func(f focus) bool { return strings.Contains(f.Why, "three weekends") }) {
		t.Errorf("focus %+v", got.Focus)
	}
	// Every skill and the role decision, each with its evidence, and why
	// the ones not chosen lost.
	if len(got.Candidates) != 20 {
		t.Fatalf("%d candidates, want 20", len(got.Candidates))
	}
	for i, c := range got.Candidates {
		if c.Chosen != (i < 2) || !c.Chosen && c.Reason == "" {
			t.Errorf("candidate %d %s: chosen %v, reason %q", i, c.ID, c.Chosen, c.Reason)
		}
		for _, e := range c.Evidence {
			if e.Source == "" || e.Text == "" || e.Weight <= 0 {
				t.Errorf("%s: evidence %+v", c.ID, e)
			}
		}
	}
	if top := got.Candidates[0]; len(top.Evidence) < 3 || top.Score < 2 {
		t.Errorf("top candidate %+v", top)
	}
	if len(got.Dimensions) == 0 || got.Dimensions[0].Score == nil || got.Dimensions[0].Answered == 0 {
		t.Errorf("dimensions %+v", got.Dimensions)
	}
	if len(got.Expectations) == 0 || got.Expectations[0].Label == "" || len(got.Flags) == 0 {
		t.Errorf("expectations %+v, flags %+v", got.Expectations, got.Flags)
	}
}

func TestAnalyzeShowsTooFewAnswersAsNull(t *testing.T) {
	code, stdout, _ := run("analyze", "--answers", "../../../docs/examples/personas/almost-nothing.json")
	if code != ExitOK || !strings.Contains(stdout, `"score": null`) || !strings.Contains(stdout, `"kind": "too-few-answers"`) {
		t.Errorf("exit %d: %s", code, stdout)
	}
}

func TestAnalyzePrintsEmptyListsAsLists(t *testing.T) {
	code, stdout, _ := run("analyze", "--answers", "../../../docs/examples/personas/strong.json")
	if code != ExitOK || strings.Contains(stdout, "null") || !strings.Contains(stdout, `"flags": []`) {
		t.Errorf("exit %d: %s", code, stdout)
	}
}

func TestAnalyzeRefusesBadInput(t *testing.T) {
	for _, args := range [][]string{{"analyze"}, {"analyze", "--answers", "missing.json"}, {"analyze", "--answers", "cli_test.go"}} {
		if code, _, stderr := run(args...); code != ExitBadData || stderr == "" {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
	}
}
