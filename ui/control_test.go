package ui

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
	"github.com/leadshift/leadshift/workshop/lan"
)

var testDay = time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)

// joinAndAnswer joins the room as a participant and sends complete answers.
func joinAndAnswer(t *testing.T, addr, code, name string, c *workshop.Content, lean int, share bool) *lan.Client {
	t.Helper()
	ctx := context.Background()
	cl := lan.Dial(addr, "")
	if _, err := cl.Hello(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := cl.TrustPresented(); err != nil { // the participant compared the phrase
		t.Fatal(err)
	}
	if _, err := cl.Join(ctx, code, name); err != nil {
		t.Fatalf("%s joining: %v", name, err)
	}
	a := workshop.NewAnswers(c.ID, testDay)
	a.Participant = workshop.Participant{Name: name, Role: "Engineer"}
	for _, d := range c.Dimensions {
		for _, it := range d.Items {
			a.Ratings[it.ID] = lean
		}
		for _, p := range d.Prompts {
			a.Reflections[p.ID] = "private reflection of " + name
		}
	}
	for _, e := range c.Expectations {
		a.Expectations[e.ID] = workshop.Pair{Me: lean, Org: 6 - lean}
	}
	for _, s := range c.Skills {
		a.Skills[s.ID] = workshop.SkillRate{Current: lean, Importance: 5}
	}
	a.Plan = analysis.NewPlan(c, a, analysis.Analyze(c, a), testDay)
	a.Share = share
	if _, err := cl.PushAnswers(ctx, lan.Version{}, a); err != nil {
		t.Fatalf("%s answering: %v", name, err)
	}
	return cl
}

func TestFacilitatorSetsUpPacesProjectsAndPrints(t *testing.T) {
	q := uitest.NewQueue(t)
	out := t.TempDir()
	ui := newTestUI(t, t.TempDir(), out)
	c := ui.deps.Content

	// Set up: a bad date is refused with a clear message.
	test.Tap(ui.start.facilitate)
	test.Tap(ui.library.Create)
	v := ui.setup
	v.Title.SetText("Ops leads, Kraków")
	v.Date.SetText("someday")
	test.Tap(v.Host)
	if !strings.Contains(v.Problem.Text, "date") || ui.room != nil {
		t.Fatalf("bad date: problem %q", v.Problem.Text)
	}
	v.Date.SetText("2026-12-01")
	v.Minutes[1].SetText("40")
	test.Tap(v.Save)
	setups, _ := ui.workshops.List()
	if len(setups) != 1 || setups[0].Agenda[1].Minutes != 40 || setups[0].Hosted {
		t.Fatalf("saved draft: %+v", setups)
	}

	// Host it from the library.
	test.Tap(ui.library.Row(setups[0].ID).Open)
	test.Tap(ui.setup.Host)
	q.Settle(t, &ui.tasks)
	r := ui.room
	if r == nil {
		t.Fatal("hosting did not start")
	}
	addr, code := r.Room().Addrs()[0], r.Room().Code()
	joinAndAnswer(t, addr, code, "Zoë Müller", c, 1, true)
	joinAndAnswer(t, addr, code, "José Nuñez", c, 3, true)
	joinAndAnswer(t, addr, code, "Dmitri Orlov", c, 5, false)
	joinAndAnswer(t, addr, code, "Aino Mäkinen", c, 2, false)
	joinAndAnswer(t, addr, code, "Kwame Mensah", c, 4, false)
	q.Until(t, "the roster", func() bool { return r.RosterSize() == 5 })

	// The projector shows the code, and on the self-assessment the room's
	// readiness, never a name or an answer.
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Projector window"))
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Next phase"))
	q.Settle(t, &ui.tasks)
	if proj := uitest.Texts(r.ProjectorWindow().Content()); strings.Contains(proj, c.Dimensions[0].Name) || !strings.Contains(proj, "when the facilitator shows the results") {
		t.Errorf("the projector shows a chart before the facilitator showed the results:\n%s", proj)
	}
	if control := uitest.Texts(ui.win.Content()); !strings.Contains(control, "Chart ready: 5 people have answered this phase") {
		t.Errorf("the control window does not say the chart is ready:\n%s", control)
	}
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Show the room's results"))
	q.Settle(t, &ui.tasks)
	proj := uitest.Texts(r.ProjectorWindow().Content())
	if !strings.Contains(proj, code) || !strings.Contains(proj, "Readiness, 0 to 100") || !strings.Contains(proj, "5 joined") {
		t.Errorf("projector lacks the code, the count or the charts:\n%s", proj)
	}
	for _, private := range []string{"Zoë", "José", "Dmitri", "Aino", "Kwame", "private reflection"} {
		if strings.Contains(proj, private) {
			t.Errorf("the projector shows %q", private)
		}
	}
	if !r.Room().State().Timer.Paused {
		t.Error("the next phase's countdown runs; it should start paused")
	}

	// Pacing: one more minute, lock.
	before := r.Room().State().Timer.Left(ui.deps.Now())
	test.Tap(uitest.FindButton(t, ui.win.Content(), "+1 min"))
	q.Settle(t, &ui.tasks)
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Lock answers of this phase"))
	q.Settle(t, &ui.tasks)
	st := r.Room().State()
	if st.Phase != 1 || !st.Locked || st.Timer.Left(ui.deps.Now()) <= before {
		t.Errorf("after next, +1 min and lock: phase %d, locked %v, left %v (was %v)", st.Phase, st.Locked, st.Timer.Left(ui.deps.Now()), before)
	}

	// Take it home: only shared plans are printed; the CSV is anonymous.
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Print pack"))
	q.Settle(t, &ui.tasks)
	if ui.lastExport.err != nil || !strings.HasPrefix(ui.lastExport.summary, "2 shared plans") {
		t.Fatalf("print pack: %+v", ui.lastExport)
	}
	pack := pdfText(t, ui.lastExport.path)
	if !strings.Contains(pack, "Ops leads, Kraków") {
		t.Error("the plans' page headers lack the workshop title")
	}
	if !strings.Contains(pack, "Zoë Müller") || !strings.Contains(pack, "José Nuñez") || strings.Contains(pack, "Dmitri") {
		t.Error("the print pack holds other plans than the two shared ones")
	}
	// The facilitator chooses the plans only: the same two plans, without
	// the evidence, on fewer pages.
	full, fullPages := ui.lastExport.path, pdfPages(t, ui.lastExport.path)
	ui.choosePack = func(done func(bool)) { done(true) }
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Print pack"))
	q.Settle(t, &ui.tasks)
	compact := pdfText(t, ui.lastExport.path)
	if !strings.Contains(compact, "Zoë Müller") || !strings.Contains(compact, "José Nuñez") || strings.Contains(compact, "The evidence behind the plan") ||
		!strings.Contains(ui.lastExport.summary, "Only the plans") {
		t.Errorf("the compact pack (%s) holds the evidence or lacks a plan; summary %q", ui.lastExport.path, ui.lastExport.summary)
	}
	if n := pdfPages(t, ui.lastExport.path); n >= fullPages {
		t.Errorf("the compact pack has %d pages, the full one (%s) %d", n, full, fullPages)
	}
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Room CSV"))
	q.Settle(t, &ui.tasks)
	f, err := os.Open(ui.lastExport.path)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil || len(rows) < 10 || strings.Contains(ui.lastExport.summary, "Zoë") {
		t.Errorf("CSV: %v, %d rows", err, len(rows))
	}
	hostedCSV, err := os.ReadFile(ui.lastExport.path)
	if err != nil {
		t.Fatal(err)
	}

	// Remove a participant.
	id := r.Room().Members()[2].ID
	test.Tap(r.RemoveButton(id))
	q.Settle(t, &ui.tasks)
	if !r.Room().Members()[2].Removed {
		t.Error("the participant was not removed")
	}
	if r.LetBackButton(id) == nil || !strings.Contains(uitest.Texts(ui.win.Content()), "Dmitri Orlov · removed") {
		t.Fatal("the removed participant is not listed with a way to let them back")
	}
	test.Tap(r.LetBackButton(id))
	q.Settle(t, &ui.tasks)
	if !r.Room().Members()[2].LetBack {
		t.Error("Let back did not let the participant back")
	}

	// Archive, stop, and open the archive again as a second workshop.
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Archive"))
	q.Settle(t, &ui.tasks)
	archive := ui.lastExport.path
	// Only the two who shared are in it, the file is the facilitator's
	// alone, and the summary says what was left out.
	if fi, err := os.Stat(archive); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("archive file mode: %v %v, want 0600", fi.Mode(), err)
	}
	data, err := os.ReadFile(archive)
	if err != nil {
		t.Fatal(err)
	}
	for _, private := range []string{"private reflection of Dmitri", "private reflection of Aino", "private reflection of Kwame"} {
		if strings.Contains(string(data), private) {
			t.Errorf("the archive holds %q", private)
		}
	}
	if !strings.Contains(string(data), "private reflection of Zoë") || !strings.Contains(ui.lastExport.summary, "leaves out the answers of 2 participant(s) who did not share") {
		t.Errorf("archive summary %q", ui.lastExport.summary)
	}
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Stop hosting"))
	// The room CSV after hosting holds the figures the room was shown, not
	// a fresh count without the participant removed since.
	ui.ExportCSV(r.Setup())
	q.Settle(t, &ui.tasks)
	if after, err := os.ReadFile(ui.lastExport.path); err != nil || !bytes.Equal(after, hostedCSV) {
		t.Errorf("the room CSV after hosting differs from the one while hosted (%v):\n%s\nwant\n%s", err, after, hostedCSV)
	}
	ui.chooseOpen = func(done func(string)) { done(archive) }
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Open an archive…"))
	q.Settle(t, &ui.tasks)
	setups, problems := ui.workshops.List()
	if len(setups) != 2 || len(problems) != 0 {
		t.Fatalf("after importing: %d workshops, problems %v", len(setups), problems)
	}
	// Delete wipes the workshop's folder, answers included.
	dir, _ := ui.workshops.Dir(setups[0].ID)
	test.Tap(ui.library.Row(setups[0].ID).Remove)
	if _, err := os.Stat(filepath.Join(dir, "room.db")); !os.IsNotExist(err) {
		t.Errorf("the deleted workshop's database is still there: %v", err)
	}
}

func TestSetupRefusesABrokenContentPack(t *testing.T) {
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	broken := filepath.Join(t.TempDir(), "pack.json")
	data, err := os.ReadFile("../assets/content/builtin.json")
	if err != nil {
		t.Fatal(err)
	}
	data = []byte(strings.Replace(string(data), `"minRows": 3`, `"minRows": -1`, 1))
	if err := os.WriteFile(broken, data, 0o600); err != nil {
		t.Fatal(err)
	}
	test.Tap(ui.start.facilitate)
	test.Tap(ui.library.Create)
	ui.chooseOpen = func(done func(string)) { done(broken) }
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Use a custom pack…"))
	v := ui.setup
	if !strings.Contains(v.Problem.Text, "pack.json") || !strings.Contains(v.Problem.Text, "delegation.minRows") || v.Setup().ContentFile != "" {
		t.Errorf("broken pack: problem %q, content %q", v.Problem.Text, v.Setup().ContentFile)
	}
}
