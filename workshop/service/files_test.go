package service

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

func TestSavePlanOfPrintsThatPlanAlone(t *testing.T) {
	var got *workshop.Answers
	var print Print
	f := &Files{RenderPlan: func(w io.Writer, _ *workshop.Content, a *workshop.Answers, p Print) error {
		got, print = a, p
		_, err := io.WriteString(w, "%PDF")
		return err
	}}
	a := &workshop.Answers{Plan: &workshop.Plan{Shift: "today's"}}
	earlier := &workshop.Plan{Shift: "earlier"}
	path := filepath.Join(t.TempDir(), "earlier.pdf")
	if err := f.SavePlanOf(path, nil, a, earlier, Print{Paper: "a4"}); err != nil {
		t.Fatal(err)
	}
	if got.Plan.Shift != "earlier" || !print.Compact || print.Paper != "a4" {
		t.Errorf("rendered plan %q, print %+v", got.Plan.Shift, print)
	}
	if a.Plan.Shift != "today's" {
		t.Errorf("the answers' own plan changed: %q", a.Plan.Shift)
	}
	if b, err := os.ReadFile(path); err != nil || string(b) != "%PDF" {
		t.Errorf("written: %q, %v", b, err)
	}
}
