package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestAnalyzeExplainsThePlan(t *testing.T) {
	code, stdout, stderr := run("analyze", "--answers", "../../../docs/examples/personas/hero.json")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Focus []struct {
			ID, Title, Why  string
			Current, Target int
		}
		Dimensions []struct {
			ID       string
			Score    *int
			Answered int
		}
		Expectations []struct{ ID, Label string }
		Flags        []struct{ Kind, Text string }
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if len(got.Focus) != 2 || got.Focus[0].ID != "skill.delegation" || !strings.Contains(got.Focus[0].Why, "three weekends") {
		t.Errorf("focus %+v", got.Focus)
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
