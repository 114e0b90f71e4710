package analysis

import "testing"

// TestCountsIn reads the counts a person types about a problem, and
// only those: a number with a problem noun and a period, a repeat counted
// since a time, a duration against the standard the text names; never a
// date, a version, a line or a time of day.
func TestCountsIn(t *testing.T) {
	for _, tc := range []struct {
		text              string
		low, high         int
		about             bool
		noun, period, std string
	}{
		{"Kev's tickets, mostly. Six or seven reopened ones a week.", 6, 7, false, "reopened tickets", "a week", ""},
		{"We still get 30-odd tickets a month from it.", 30, 30, true, "tickets", "a month", ""},
		{"The VPN thing again. The offices drop off. We still get 30-odd tickets a month from it.", 30, 30, true, "tickets", "a month from the VPN thing", ""},
		{"I wrote a script for it. We still get 30-odd tickets a month from it.", 30, 30, true, "tickets", "a month", ""},
		{"Saturday before last, the historian stopped collecting from Line 3 again. Third time since the summer.", 3, 3, false, "times", "since the summer", ""},
		{"Contract says 48 hours for a repair, we're getting five days.", 5, 5, false, "time for a repair", "5 days", "48 hours"},
		{"Scanner repair supplier: 48-hour repair time in the contract, five days in practice since spring", 5, 5, false, "repair time", "5 days", "48 hours"},
		{"About 12 escalations per week land on me.", 12, 12, true, "escalations", "a week", ""},
		{"We had 6–7 outages last month.", 6, 7, false, "outages", "a month", ""},
		{"I worked three evenings last week.", 3, 3, false, "evenings", "a week", ""},
		{"It went down 4 times since March.", 4, 4, false, "times", "since March", ""},
		{"We had 3 P1 incidents last month.", 3, 3, false, "p1 incidents", "a month", ""},
		{"I've had proper one-to-ones with 3 of 8 people this year, all in Dublin.", 3, 3, false, "people this year", "", ""},
	} {
		got := countsIn(tc.text)
		if len(got) != 1 {
			t.Errorf("%q: %d counts, want 1: %+v", tc.text, len(got), got)
			continue
		}
		c := got[0]
		if c.low != tc.low || c.high != tc.high || c.about != tc.about || c.noun != tc.noun || c.period != tc.period || c.standard != tc.std {
			t.Errorf("%q: got %+v", tc.text, c)
		}
	}
	for _, text := range []string{
		"The Postgres 16 upgrade slipped.",
		"Line 3 tickets a week are down.",
		"The meeting is at 4pm tickets a week.",
		"The outage in 2024 took the stores down.",
		"I have played five-a-side every Thursday for six years.",
		"There are about sixty KB articles that start 'Marek's workaround'.",
		"Cleared the spooler remotely, took 20 minutes.",
		"By Friday there's usually a pile of 12-15 sitting there waiting for me.",
		"We got four of them live.",
		"The site offices drop off twice a day on the 4G routers.",
		"We hit 40 stores on a Saturday.",
		"I have told him three times this month.",
		"It's done within 48 hours, usually in two days.",
	} {
		if got := countsIn(text); len(got) != 0 {
			t.Errorf("%q: read %+v, want no count", text, got)
		}
	}
}

// FuzzCountsIn reads any text a person may type without failing, and
// every count it reads is whole: a range low to high, a noun, the
// sentence it came from.
func FuzzCountsIn(f *testing.F) {
	for _, s := range []string{"Kev's tickets, mostly. Six or seven reopened ones a week.", "We still get 30-odd tickets a month from it.",
		"Third time since the summer.", "Contract says 48 hours for a repair, we're getting five days.", "2 of 8 people", "no days", "",
		"The VPN thing again. x. 3 tickets a week from it", "0 of 0 tickets", "9999999999999999999999 tickets a week", "about – 3 ones a day"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, c := range countsIn(text) {
			if c.low > c.high || c.noun == "" || c.sentence == "" || c.of > 0 && c.low > c.of {
				t.Errorf("%q: read %+v", text, c)
			}
			_, _, _ = c.measure(""), c.today(), c.target()
		}
	})
}

// A count said for one span ("this month") is counted per span, and
// "something like ten" is about ten.
func TestACountOfThisMonthIsACountAMonth(t *testing.T) {
	cs := countsIn("Sam has closed something like ten tickets this month as fixed when nothing was fixed.")
	if len(cs) != 1 {
		t.Fatalf("counts %+v, want one", cs)
	}
	if got := cs[0].name(); got != "tickets a month" {
		t.Errorf("name %q, want \"tickets a month\"", got)
	}
	if got := cs[0].today(); got != "about 10" {
		t.Errorf("today %q, want \"about 10\"", got)
	}
}
