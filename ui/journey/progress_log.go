package journey

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// progressLog lists the check-ins recorded so far, one line each: the
// day, each focus area's count, and how many actions are done and
// blocked; nil before the first.
func progressLog(a *workshop.Answers) fyne.CanvasObject {
	if len(a.CheckIns) == 0 {
		return nil
	}
	var lines []string
	for _, c := range a.CheckIns {
		lines = append(lines, "• "+logLine(c))
	}
	return widget.NewCard("Your progress log", "What you recorded stays as you recorded it", widgets.Para(strings.Join(lines, "\n")))
}

// logLine is one check-in in a line.
func logLine(c workshop.CheckIn) string {
	when := workshop.Long(c.Date)
	if c.Review > 0 && c.Review <= len(workshop.ReviewDays) {
		when += fmt.Sprintf(" (day %d)", workshop.ReviewDays[c.Review-1])
	}
	var parts []string
	done, blocked := 0, 0
	for _, f := range c.Focus {
		if f.Value != nil {
			parts = append(parts, fmt.Sprintf("%s %s", f.Title, strconv.FormatFloat(*f.Value, 'f', -1, 64)))
		}
		for _, act := range f.Actions {
			switch act.Status {
			case workshop.ActionDone:
				done++
			case workshop.ActionBlocked:
				blocked++
			}
		}
	}
	parts = append(parts, fmt.Sprintf("%d done, %d blocked", done, blocked))
	return when + ": " + strings.Join(parts, "; ")
}
