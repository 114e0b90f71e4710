package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestCalendarWritesThePlansDates(t *testing.T) {
	now = func() time.Time { return time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { now = time.Now })
	out := filepath.Join(t.TempDir(), "plan.ics")
	code, stdout, stderr := run("calendar", "--answers", example, "--out", out)
	if code != ExitOK || stderr != "" || !strings.Contains(stdout, "wrote "+out+" (6 dates)") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for _, want := range []string{"BEGIN:VCALENDAR\r\n", "DTSTAMP:20261207T090000Z\r\n", "SUMMARY:Plan conversation with Jiří Dvořák\r\n",
		"SUMMARY:Check-in\\, day 90\\, of my action plan\r\n", "DTSTART;VALUE=DATE:20261130\r\n"} {
		if !strings.Contains(s, want) {
			t.Errorf("the calendar lacks %q", want)
		}
	}
	if n := strings.Count(s, "BEGIN:VEVENT"); n != 6 {
		t.Errorf("%d events, want 2 first steps, the manager and 3 check-ins", n)
	}
}

// Bad input gets exit 2, a sentence naming the problem, and no file.
func TestCalendarRefusesBadInput(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "plan.ics")
	example, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	badDate := write(t, dir, "bad-date.json", strings.Replace(string(example), `"firstStepDate": "2026-12-07"`, `"firstStepDate": "next week"`, 1))
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"calendar", "--answers", "../../../docs/examples/personas/almost-nothing.json", "--out", out}, "the answers have no plan yet: finish the plan step first"},
		{[]string{"calendar", "--answers", badDate, "--out", out}, `plan.focus[1].firstStepDate: "next week" is not a date like 2026-12-31`},
		{[]string{"calendar", "--answers", write(t, dir, "broken.json", "{"), "--out", out}, "broken.json"},
		{[]string{"calendar", "--out", out}, "calendar: --answers FILE and --out FILE.ics are required"},
		{[]string{"calendar", "--answers", badDate}, "calendar: --answers FILE and --out FILE.ics are required"},
	} {
		code, stdout, stderr := run(c.args...)
		if code != ExitBadData || stdout != "" || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", c.args, code, stdout, stderr, c.want)
		}
		if _, err := os.Stat(out); err == nil {
			t.Fatalf("%v wrote %s", c.args, out)
		}
	}
}

// A file with 90 days of follow-up opens wherever an answers file does.
func TestDay90ExampleOpens(t *testing.T) {
	const day90 = "../../../docs/examples/answers-day90.json"
	dir := t.TempDir()
	for _, args := range [][]string{
		{"analyze", "--answers", day90},
		{"plan", "--answers", day90, "--out", filepath.Join(dir, "plan.pdf")},
		{"calendar", "--answers", day90, "--out", filepath.Join(dir, "plan.ics")},
	} {
		if code, _, stderr := run(args...); code != ExitOK || stderr != "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
	}
}
