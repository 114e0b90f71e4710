package ui

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestAboutNamesTheVersionTheDataAndTheLicences(t *testing.T) {
	data := t.TempDir()
	ui := newTestUI(t, data, t.TempDir())
	test.Tap(ui.start.about)
	if ui.about == nil {
		t.Fatal("About did not open")
	}
	text := ui.about.String()
	for _, want := range []string{"LeadShift 9.8.7", "MIT licence", data, "delete that folder"} {
		if !strings.Contains(text, want) {
			t.Errorf("About lacks %q: %s", want, text)
		}
	}
	if !strings.Contains(string(ui.deps.Licences), "fyne.io/fyne/v2") {
		t.Error("the licences shown do not list Fyne")
	}
	if entries, _ := os.ReadDir(data); len(entries) != 0 {
		t.Errorf("opening the app and About wrote %v to the data folder", entries)
	}
}
