package planpdf

import "strings"

// delegation draws the delegation map as a table whose header repeats on
// every page it reaches.
func (d *doc) delegation() {
	var rows [][]string
	for _, r := range d.a.Delegations {
		if strings.TrimSpace(r.What+r.Type+r.Owner+r.Support+r.By) == "" {
			continue
		}
		by := ""
		if strings.TrimSpace(r.By) != "" {
			by = longDate(r.By)
		}
		rows = append(rows, []string{r.What, r.Type, r.Owner, r.Support, by})
	}
	cols := []column{
		{"What lands on me", 0.31, "L"}, {"Type", 0.13, "L"}, {"Who could own it", 0.19, "L"},
		{"Support needed", 0.22, "L"}, {"Hand over by", 0.15, "L"},
	}
	intro := "What lands on you today, and who could own it instead, with the support they need and the date you hand it over."
	d.section("Delegation map", d.noteHeight(intro)+2+d.tableKeep(cols, rows))
	d.note(intro)
	d.pdf.SetY(d.pdf.GetY() + 2)
	if len(rows) == 0 {
		d.para("No delegation rows yet.")
		return
	}
	d.table("Delegation map", cols, rows)
}
