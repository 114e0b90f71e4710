// Package calendar writes the dates of a participant's plan as an
// iCalendar file (RFC 5545) that Outlook, Google Calendar and Thunderbird
// import: the first steps, the conversation with the manager, the buddy's
// check-in and the check-ins at day 30, 60 and 90, each an all-day event
// that says what to look at that day. It is pure Go and imports no UI.
package calendar

import (
	"bufio"
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// Event is one all-day event of the calendar.
type Event struct {
	UID         string    // stable across exports, so importing again updates the event
	Day         time.Time // the day; its clock time is ignored
	Summary     string    // the event's title
	Description string    // what to look at that day; lines end in \n
}

// maxOctets is the longest a content line may be before it is folded,
// without its CRLF (RFC 5545, 3.1).
const maxOctets = 75

// prodID names the program that wrote the file (RFC 5545, 3.7.3).
const prodID = "-//LeadShift//Action plan dates//EN"

// Write writes events as an iCalendar object. stamp is the moment the file
// is written, the DTSTAMP of every event.
func Write(w io.Writer, events []Event, stamp time.Time) error {
	bw := bufio.NewWriter(w)
	line := func(name, value string) { writeLine(bw, name+":"+value) }
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", prodID)
	line("CALSCALE", "GREGORIAN")
	line("METHOD", "PUBLISH")
	for _, e := range events {
		day := time.Date(e.Day.Year(), e.Day.Month(), e.Day.Day(), 0, 0, 0, 0, time.UTC)
		line("BEGIN", "VEVENT")
		line("UID", escape(e.UID))
		line("DTSTAMP", stamp.UTC().Format("20060102T150405Z"))
		line("DTSTART;VALUE=DATE", day.Format("20060102"))
		line("DTEND;VALUE=DATE", day.AddDate(0, 0, 1).Format("20060102"))
		line("SUMMARY", escape(e.Summary))
		if e.Description != "" {
			line("DESCRIPTION", escape(e.Description))
		}
		line("TRANSP", "TRANSPARENT") // a reminder, not time taken
		// A reminder at 9:00 on the day.
		line("BEGIN", "VALARM")
		line("ACTION", "DISPLAY")
		line("DESCRIPTION", escape(e.Summary))
		line("TRIGGER;RELATED=START", "PT9H")
		line("END", "VALARM")
		line("END", "VEVENT")
	}
	line("END", "VCALENDAR")
	return bw.Flush()
}

// escape writes text as an iCalendar TEXT value (RFC 5545, 3.3.11):
// backslashes, semicolons and commas escaped, line breaks as \n, other
// control characters left out.
func escape(s string) string {
	var b strings.Builder
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for _, r := range s {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n' || r == '\r':
			b.WriteString(`\n`)
		case r < 0x20 && r != '\t' || r == 0x7f:
			// CONTROL characters are not allowed in a TEXT value.
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// writeLine writes a content line, folded after at most maxOctets octets
// per line (a continuation starts with a space, which counts), never
// inside a UTF-8 character, and ended by CRLF.
func writeLine(w *bufio.Writer, s string) {
	limit := maxOctets
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		w.WriteString(s[:cut])
		w.WriteString("\r\n ")
		s = s[cut:]
		limit = maxOctets - 1
	}
	w.WriteString(s)
	w.WriteString("\r\n")
}
