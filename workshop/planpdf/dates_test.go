package planpdf

import (
	"strings"
	"testing"
)

func TestDatesToKeepPrintTheBuddyAndTheManagerTalk(t *testing.T) {
	c := testContent(t)
	a := zoe()
	a.Plan.ManagerTalk, a.Plan.Buddy, a.Plan.BuddyCheckIn = "2026-03-20", "Oskar", "2026-04-13"
	text := flat(pdfText(t, renderPDF(t, c, a, Options{}), 0, 0))
	want := []string{"30-60-90 days", "Dates to keep", "20 March 2026", "The conversation about this plan with my manager, Priya Raman",
		"13 April 2026", "First check-in with Oskar, my accountability buddy", "Obstacles and how I will handle them"}
	at := 0
	for _, w := range want {
		i := strings.Index(text[at:], w)
		if i < 0 {
			t.Fatalf("%q missing or out of order in:\n%s", w, text)
		}
		at += i
	}

	a.Plan.ManagerTalk, a.Plan.BuddyCheckIn = "", ""
	text = flat(pdfText(t, renderPDF(t, c, a, Options{}), 0, 0))
	if !strings.Contains(text, "A day to agree First check-in with Oskar") || strings.Contains(text, "The conversation about this plan") {
		t.Errorf("a buddy without a day, no manager day:\n%s", text)
	}

	a.Plan.Buddy = ""
	if text := flat(pdfText(t, renderPDF(t, c, a, Options{}), 0, 0)); strings.Contains(text, "Dates to keep") {
		t.Error("a plan with no buddy and no manager day prints an empty Dates to keep")
	}
}
