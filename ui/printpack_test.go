package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestPrintPackFromAFolder(t *testing.T) {
	example, err := os.ReadFile("../docs/examples/answers.json")
	if err != nil {
		t.Fatal(err)
	}
	in, out := t.TempDir(), t.TempDir()
	files := map[string]string{
		"a.json": string(example),
		"b.json": strings.Replace(string(example), "Zoë Müller", "Çağrı Öztürk", 1),
		"c.json": `{"format":"leadshift.answers","version":1`,
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(in, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	ui := newTestUI(t, t.TempDir(), out)
	ui.chooseFolder = func(done func(string)) { done(in) }
	test.Tap(ui.start.print)
	ui.tasks.Wait()
	if ui.lastPack.Printed != 2 || len(ui.lastPack.Problems) != 1 || !strings.Contains(ui.lastPack.Problems[0].Error(), "c.json") {
		t.Fatalf("pack: %d printed, problems %v; want 2 and one naming c.json", ui.lastPack.Printed, ui.lastPack.Problems)
	}
	text := pdfText(t, filepath.Join(out, "print-pack.pdf"))
	for _, name := range []string{"Zoë Müller", "Çağrı Öztürk"} {
		if !strings.Contains(text, name) {
			t.Errorf("the pack lacks %s's plan", name)
		}
	}
}
