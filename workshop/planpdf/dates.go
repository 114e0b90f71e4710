package planpdf

import "strings"

// datesToKeep prints the days agreed with others: the plan conversation
// with the manager and the first check-in with the accountability buddy,
// each when the plan has it. A buddy without a day yet is still named.
func (d *doc) datesToKeep() {
	var rows [][]string
	if day := strings.TrimSpace(d.p.ManagerTalk); day != "" {
		rows = append(rows, []string{longDate(day), "The conversation about this plan with " + managerTitle(d.managerName())})
	}
	if buddy := strings.TrimSpace(d.p.Buddy); buddy != "" {
		when := "A day to agree"
		if day := strings.TrimSpace(d.p.BuddyCheckIn); day != "" {
			when = longDate(day)
		}
		rows = append(rows, []string{when, "First check-in with " + buddy + ", my accountability buddy: how far the first steps went, and what is in the way"})
	}
	if len(rows) == 0 {
		return
	}
	cols := []column{{"When", 0.25, "L"}, {"With whom, and what for", 0.75, "L"}}
	d.sub("Dates to keep", d.tableKeep(cols, rows))
	d.table("Dates to keep", cols, rows)
}

// managerTitle is the manager as a sentence names them: "my manager" when
// the plan knows no name.
func managerTitle(name string) string {
	if name == "My manager" {
		return "my manager"
	}
	return "my manager, " + name
}
