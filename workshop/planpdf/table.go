package planpdf

import "math"

// column is one table column.
type column struct {
	title string
	share float64 // fraction of the content width
	align string  // gofpdf alignment: "L", "C" or "R"
}

// Table cell padding and line height in millimetres.
const (
	cellLine = 4.1 // a little tighter than body text: table rows are short
	padX     = 1.6
	padY     = 0.8
	densePad = 0.3 // in a dense table of short entries
)

// pad is the cell padding above and below a row's text: less in a dense
// table.
func (d *doc) pad() float64 {
	if d.dense {
		return densePad
	}
	return padY
}

// table draws rows under a header that repeats on every page the table
// reaches. Cells wrap; a row moves to the next page whole when it fits on
// one page, and a row taller than a page is split between lines. A
// continuation is never one or two rows alone under a repeated header:
// the page breaks early so that at least three go over (see
// strandedTail). caption names the table above its header on
// continuation pages.
func (d *doc) table(caption string, cols []column, rows [][]string) {
	widths, titles, headH := d.tableHead(cols)

	header := func(continued bool) {
		if continued {
			d.style("I", smallSize, muted)
			d.pdf.SetXY(marginX, d.pdf.GetY())
			d.pdf.CellFormat(d.cw, smallLine+1, clean(caption)+" (continued)", "", 2, "L", false, 0, "")
		}
		y := d.pdf.GetY()
		d.pdf.SetFillColor(tint.r, tint.g, tint.b)
		d.pdf.Rect(marginX, y, d.cw, headH, "F")
		d.style("B", smallSize, ink)
		x := marginX
		for i, c := range cols {
			for j, l := range titles[i] {
				d.pdf.SetXY(x+padX, y+d.pad()+float64(j)*cellLine)
				d.pdf.CellFormat(widths[i]-2*padX, cellLine, l, "", 0, c.align, false, 0, "")
			}
			x += widths[i]
		}
		d.rule(y+headH, muted, 0.3)
		d.pdf.SetY(y + headH)
	}
	newPage := func() {
		d.pdf.AddPage()
		header(true)
	}

	// Reset line colour and width: they carry over from whatever was
	// drawn before, even across pages.
	d.pdf.SetDrawColor(greyRule.r, greyRule.g, greyRule.b)
	d.pdf.SetLineWidth(0.2)
	d.need(d.tableKeep(cols, rows))
	header(false)

	for i, row := range rows {
		if i > 0 && d.strandedTail(rows[i:], widths) {
			newPage()
		}
		if len(row) == 1 && len(cols) > 1 {
			// A row of one cell spans the table: it introduces the rows
			// after it, so it keeps two lines of the next with it.
			ls := d.lines(row[0], "B", smallSize, d.cw-2*padX)
			h := float64(len(ls))*cellLine + 2*d.pad()
			if d.room() < h+2*cellLine+2*d.pad() {
				newPage()
			}
			y := d.pdf.GetY()
			d.style("B", smallSize, muted)
			for j, l := range ls {
				d.pdf.SetXY(marginX+padX, y+d.pad()+float64(j)*cellLine)
				d.pdf.CellFormat(d.cw-2*padX, cellLine, l, "", 0, "L", false, 0, "")
			}
			d.rule(y+h, greyRule, 0.2)
			d.pdf.SetY(y + h)
			continue
		}
		cells := make([][]string, len(cols))
		n := 1
		for i := range cols {
			text := ""
			if i < len(row) {
				text = row[i]
			}
			cells[i] = d.lines(text, "", smallSize, widths[i]-2*padX)
			n = max(n, len(cells[i]))
		}
		fresh := int(math.Floor((d.bottom() - marginTop - headH - cellLine - 1 - 2*d.pad()) / cellLine))
		broke := false // on a page just started for this row
		for start := 0; start < n; {
			fit := int(math.Floor((d.room() - 2*d.pad()) / cellLine))
			left := n - start
			if !broke && left > fit && (left <= fresh || fit < 3) {
				newPage()
				broke = true
				continue
			}
			k := min(left, max(fit, 1))
			y := d.pdf.GetY()
			d.style("", smallSize, ink)
			x := marginX
			for i, c := range cols {
				for j := start; j < min(start+k, len(cells[i])); j++ {
					d.pdf.SetXY(x+padX, y+d.pad()+float64(j-start)*cellLine)
					d.pdf.CellFormat(widths[i]-2*padX, cellLine, cells[i][j], "", 0, c.align, false, 0, "")
				}
				x += widths[i]
			}
			end := y + float64(k)*cellLine + 2*d.pad()
			d.rule(end, greyRule, 0.2)
			d.pdf.SetY(end)
			start += k
			broke = false
			if start < n {
				newPage()
				broke = true
			}
		}
	}
}

// strandedTail reports whether the table's last three rows, tail, would
// leave one or two of them alone on the next page: tail's first row fits
// here, but not all of it does.
func (d *doc) strandedTail(tail [][]string, widths []float64) bool {
	if len(tail) != 3 {
		return false
	}
	h, fit := 0.0, 0
	for _, r := range tail {
		if h += d.rowHeight(r, widths, 1000); h > d.room() {
			break
		}
		fit++
	}
	return fit > 0 && fit < len(tail)
}

// keepTable is the height up to which a table is kept on one page.
const keepTable = 40.0

// tableHeight is the height of the whole table on one page.
func (d *doc) tableHeight(cols []column, rows [][]string) float64 {
	widths, _, h := d.tableHead(cols)
	for _, r := range rows {
		h += d.rowHeight(r, widths, 1000)
	}
	return h
}

// tableHead lays out the header: column widths, wrapped titles and the
// header's height.
func (d *doc) tableHead(cols []column) (widths []float64, titles [][]string, h float64) {
	widths = make([]float64, len(cols))
	titles = make([][]string, len(cols))
	n := 1
	for i, c := range cols {
		widths[i] = c.share * d.cw
		titles[i] = d.lines(c.title, "B", smallSize, widths[i]-2*padX)
		n = max(n, len(titles[i]))
	}
	return widths, titles, float64(n)*cellLine + 2*d.pad()
}

// tableKeep is the height a table's header needs together with the start
// of its first row, to keep them on one page with what introduces them.
func (d *doc) tableKeep(cols []column, rows [][]string) float64 {
	if h := d.tableHeight(cols, rows); h <= keepTable || len(rows) <= 3 && h <= d.bottom()-marginTop {
		// A short table is kept whole, and so is one of three rows or
		// fewer: any break would leave one or two rows continued alone.
		return h
	}
	widths, _, h := d.tableHead(cols)
	if len(rows) > 0 {
		// The whole first row when it is short enough, so a header is
		// never left alone at the foot of a page.
		h += d.rowHeight(rows[0], widths, 8)
	}
	return h
}

// rowHeight is the height of a row's first at most maxLines lines.
func (d *doc) rowHeight(row []string, widths []float64, maxLines int) float64 {
	n := 1
	if len(row) == 1 && len(widths) > 1 {
		w := 0.0
		for _, x := range widths {
			w += x
		}
		return float64(len(d.lines(row[0], "B", smallSize, w-2*padX)))*cellLine + 2*d.pad()
	}
	for i, s := range row {
		if i < len(widths) {
			n = max(n, len(d.lines(s, "", smallSize, widths[i]-2*padX)))
		}
	}
	return float64(min(n, maxLines))*cellLine + 2*d.pad()
}
