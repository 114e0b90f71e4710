package cli

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/leadshift/leadshift/workshop/calendar"
	"github.com/leadshift/leadshift/workshop/storage"
)

// now is the clock the calendar's DTSTAMP is read from; tests fix it.
var now = time.Now

// calendarCmd writes the dates of one answers file's plan as an
// iCalendar file.
func calendarCmd(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("calendar", stdout)
	answers := fs.String("answers", "", "the answers `FILE` whose plan gives the dates")
	out := fs.String("out", "", "write the calendar to this `FILE.ics`")
	contentFile := fs.String("content", "", "the content pack the answers were made with (default: built-in)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *answers == "" || *out == "" {
		return bad("calendar: --answers FILE and --out FILE.ics are required")
	}
	c, err := loadContent(*contentFile)
	if err != nil {
		return err
	}
	all, problems := storage.LoadAnswersFiles(c, []string{*answers})
	if len(problems) > 0 {
		return bad("%w", problems[0])
	}
	events, err := calendar.PlanEvents(all[0])
	if err != nil {
		return bad("%s: %w", *answers, err)
	}
	var buf bytes.Buffer
	if err := calendar.Write(&buf, events, now()); err != nil {
		return err
	}
	if err := writeFile(*out, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%s)\n", *out, count(len(events), "date", "dates"))
	return nil
}
