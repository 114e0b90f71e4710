package calendar

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
)

var stamp = time.Date(2026, 12, 7, 17, 5, 9, 0, time.FixedZone("CET", 3600))

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// tricky is text with everything RFC 5545 escapes, long enough to fold,
// with multi-byte characters across the fold.
const tricky = "Ask Jiří, not me; then: what have you tried, and what is next? A path like C:\\ops\\runbook.\nSecond line — with ünïcödé ąęłńśźż to fold across the 75-octet boundary of a content line."

func written(t *testing.T, events []Event) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, events, stamp); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// unfold joins folded lines (RFC 5545, 3.1).
func unfold(s string) []string {
	return strings.Split(strings.TrimSuffix(strings.ReplaceAll(s, "\r\n ", ""), "\r\n"), "\r\n")
}

func TestWriteFollowsRFC5545LineRules(t *testing.T) {
	out := written(t, []Event{{UID: "a1-first-step-1@leadshift", Day: day(2027, 1, 4), Summary: tricky, Description: tricky + tricky}})
	if !strings.HasSuffix(out, "\r\n") {
		t.Error("the file does not end with CRLF")
	}
	if strings.Count(out, "\n") != strings.Count(out, "\r\n") {
		t.Error("a line ends in a bare LF, not CRLF")
	}
	folded := 0
	for i, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line %d has %d octets, more than 75: %q", i, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 character: %q", i, l)
		}
		if strings.HasPrefix(l, " ") {
			folded++
		}
	}
	if folded < 4 {
		t.Errorf("%d continuation lines, want the long summary and description folded", folded)
	}
	lines := unfold(out)
	want := `SUMMARY:Ask Jiří\, not me\; then: what have you tried\, and what is next? A path like C:\\ops\\runbook.\nSecond line`
	if !anyLine(lines, func(l string) bool { return strings.HasPrefix(l, want) }) {
		t.Errorf("no SUMMARY escaped as %q in:\n%s", want, strings.Join(lines, "\n"))
	}
	for _, l := range []string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + prodID, "BEGIN:VEVENT",
		"UID:a1-first-step-1@leadshift", "DTSTAMP:20261207T160509Z", "DTSTART;VALUE=DATE:20270104", "DTEND;VALUE=DATE:20270105",
		"END:VEVENT", "END:VCALENDAR"} {
		if !anyLine(lines, func(x string) bool { return x == l }) {
			t.Errorf("no line %q", l)
		}
	}
	if lines[0] != "BEGIN:VCALENDAR" || lines[len(lines)-1] != "END:VCALENDAR" {
		t.Errorf("the calendar runs from %q to %q", lines[0], lines[len(lines)-1])
	}
	// Every property line is NAME[;PARAM=VALUE]:VALUE.
	prop := regexp.MustCompile(`^[A-Z-]+(;[A-Z-]+=[A-Z0-9-]+)*:`)
	for _, l := range lines {
		if !prop.MatchString(l) {
			t.Errorf("not a content line: %q", l)
		}
	}
}

func anyLine(lines []string, f func(string) bool) bool {
	for _, l := range lines {
		if f(l) {
			return true
		}
	}
	return false
}

func TestEscapeLeavesOutControlCharacters(t *testing.T) {
	if got, want := escape("a\x00b\x07c\td\r\ne\\f;g,h"), `abc`+"\t"+`d\ne\\f\;g\,h`; got != want {
		t.Errorf("escape = %q, want %q", got, want)
	}
}

// A real iCalendar parser reads the file back: every event, its all-day
// dates, and its text as written.
func TestACalendarParserReadsTheFileBack(t *testing.T) {
	events := []Event{
		{UID: "a1-manager@leadshift", Day: day(2027, 1, 4), Summary: "Plan conversation with Jiří", Description: tricky},
		{UID: "a1-day30@leadshift", Day: day(2027, 2, 1), Summary: tricky, Description: "By now: x\nLook at:\n- y"},
	}
	cal, err := ics.ParseCalendar(strings.NewReader(written(t, events)))
	if err != nil {
		t.Fatalf("the parser refuses the file: %v", err)
	}
	got := cal.Events()
	if len(got) != len(events) {
		t.Fatalf("the parser reads %d events, want %d", len(got), len(events))
	}
	for i, e := range got {
		if e.Id() != events[i].UID {
			t.Errorf("event %d: UID %q, want %q", i, e.Id(), events[i].UID)
		}
		start, err := e.GetAllDayStartAt()
		if err != nil || !start.Equal(events[i].Day) {
			t.Errorf("event %d: all-day start %v (%v), want %v", i, start, err, events[i].Day)
		}
		end, err := e.GetAllDayEndAt()
		if err != nil || !end.Equal(events[i].Day.AddDate(0, 0, 1)) {
			t.Errorf("event %d: all-day end %v (%v), want the next day", i, end, err)
		}
		if s := e.GetProperty(ics.ComponentPropertySummary); s == nil || s.Value != events[i].Summary {
			t.Errorf("event %d: summary read back as %+v, want %q", i, s, events[i].Summary)
		}
		if d := e.GetProperty(ics.ComponentPropertyDescription); d == nil || d.Value != events[i].Description {
			t.Errorf("event %d: description read back as %+v, want %q", i, d, events[i].Description)
		}
		if s, err := e.GetDtStampTime(); err != nil || !s.Equal(stamp) {
			t.Errorf("event %d: DTSTAMP %v (%v), want %v", i, s, err, stamp)
		}
	}
}
