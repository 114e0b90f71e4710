package calendar

import (
	"strings"
	"testing"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
)

// Whatever a participant typed, every line stays within 75 octets and a
// parser reads the text back as written (less control characters).
func FuzzWriteKeepsTheRules(f *testing.F) {
	f.Add("First step: hand over", "By now: x\nLook at:\n- y")
	f.Add(tricky, strings.Repeat("ż", 200))
	f.Add(`a\,b;c`, "\r\n\r\n")
	f.Fuzz(func(t *testing.T, summary, description string) {
		if !utf8.ValidString(summary) || !utf8.ValidString(description) {
			return // the answers decoder lets no invalid UTF-8 through
		}
		out := written(t, []Event{{UID: "a1-day30@leadshift", Day: day(2027, 1, 4), Summary: summary, Description: description}})
		for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
			if len(l) > 75 || !utf8.ValidString(l) || strings.ContainsAny(l, "\r\n") {
				t.Fatalf("bad line %q", l)
			}
		}
		cal, err := ics.ParseCalendar(strings.NewReader(out))
		if err != nil || len(cal.Events()) != 1 {
			t.Fatalf("the parser reads %v (%v)", cal, err)
		}
		clean := func(s string) string { return strings.ReplaceAll(unescapeWant(s), "\r", "") }
		if got := cal.Events()[0].GetProperty(ics.ComponentPropertySummary); got == nil || got.Value != clean(summary) {
			t.Errorf("summary %q read back as %+v", summary, got)
		}
	})
}

// unescapeWant is what escape keeps of s, read back: the text without
// control characters other than tab and line breaks.
func unescapeWant(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f {
			return -1
		}
		if r == '\r' {
			return '\n'
		}
		return r
	}, s)
}
