package journey

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/storage"
)

func TestPlanSavesItsDatesToACalendarFile(t *testing.T) {
	q := uitest.NewQueue(t)
	out := t.TempDir()
	j, sh := newTestJourney(t, out)
	a, err := storage.ReadAnswers("../../docs/examples/answers.json")
	if err != nil {
		t.Fatal(err)
	}
	j.s.Answers = a
	j.s.Now = func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) }
	j.show(workshop.StepPlan)
	c := j.current.(*planScreen).calendar
	test.Type(c.buddy, "Oskar")
	test.Type(c.buddyCheckIn, "2027-01-07")
	test.Type(c.managerTalk, "2026-12-03")
	if a.Plan.Buddy != "Oskar" || a.Plan.BuddyCheckIn != "2027-01-07" || a.Plan.ManagerTalk != "2026-12-03" {
		t.Fatalf("the plan keeps buddy %q on %q and the manager on %q", a.Plan.Buddy, a.Plan.BuddyCheckIn, a.Plan.ManagerTalk)
	}
	test.Tap(c.save)
	q.Settle(t, sh.Tasks())
	path := filepath.Join(out, a.Participant.FileStem()+"-plan-dates.ics")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no calendar file: %v (status %q)", err, c.status.Text)
	}
	ics := strings.ReplaceAll(string(data), "\r\n ", "")
	for _, want := range []string{"SUMMARY:Check-in with Oskar\\, my accountability buddy\r\nDESCRIPTION:By now: ",
		"DTSTART;VALUE=DATE:20261203\r\nDTEND;VALUE=DATE:20261204\r\nSUMMARY:Plan conversation with Jiří Dvořák\r\n",
		"DTSTAMP:20261201T090000Z"} {
		if !strings.Contains(ics, want) {
			t.Errorf("the calendar lacks %q:\n%s", want, ics)
		}
	}
	if n := strings.Count(ics, "BEGIN:VEVENT"); n != 7 || !strings.Contains(c.status.Text, "Saved 7 dates to "+filepath.Base(path)) {
		t.Errorf("%d events, status %q; want 7: two first steps, the manager, the buddy and three check-ins", n, c.status.Text)
	}
}
