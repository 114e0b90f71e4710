package planpdf

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
)

// ErrNoRound means the answers hold no re-assessment to report on.
var ErrNoRound = errors.New("these answers hold no re-assessment yet: re-take the situations from My plans first, then print the progress report")

// progressTitle heads the progress report and names it in the footer.
const progressTitle = "Progress report: 90 days on"

// RenderProgress writes the progress report of a's latest re-assessment:
// the page to take to the 90-day conversation with the manager. It sets
// the re-assessment beside the workshop, as analysis.CompareLatest reads
// it; it scores nothing itself.
func RenderProgress(w io.Writer, c *workshop.Content, a *workshop.Answers, opt Options) error {
	p := analysis.CompareLatest(c, a)
	if p == nil {
		return ErrNoRound
	}
	paper := opt.Paper
	if paper == "" {
		paper = A4
	}
	if _, err := ParsePaper(string(paper)); err != nil {
		return fmt.Errorf("planpdf: %w", err)
	}
	title := nameOr(opt.Title, "LeadShift progress report")
	d := newDoc(paper, title, []*workshop.Answers{a}, true, true)
	if opt.Producer != "" {
		d.pdf.SetProducer(opt.Producer, true)
	}
	d.pdf.SetSubject(clean(progressTitle+" of "+a.Participant.Name), true)
	d.c, d.a, d.footer = c, a, progressTitle
	d.pdf.AddPage()
	d.progressHead(p)
	d.section("My profile, before and after", 60)
	d.note("The readiness profile from the workshop's answers (grey, dashed) and from the re-take's (in colour). A dimension not re-taken keeps its workshop answers.")
	d.radarCompare(p.Before, p.After, p.Retaken)
	d.situations(p)
	d.indicators(p.Indicators)
	if len(p.HandOvers) > 0 {
		d.section("Hand-overs: held, and taken back", 2*bodyLine)
		for _, s := range p.HandOvers {
			d.bulletSized(marginX, d.cw, s, bodySize, bodyLine)
		}
	}
	d.actionsDone(p.Actions)
	d.pulse(p.Pulse)
	d.section("What to focus on next", 20)
	d.note("From the same analysis as the plan, run on the re-take's answers: a starting point for the next 90 days, to agree with your manager.")
	for _, s := range p.NextWords {
		d.bulletSized(marginX, d.cw, s, bodySize, bodyLine)
	}
	d.decorate(1, d.pdf.PageNo())
	return d.output(w)
}

// progressHead names the report, the participant and the two dates read.
func (d *doc) progressHead(p *analysis.Progress) {
	pt := d.a.Participant
	d.text(marginX, d.cw, progressTitle, "B", 18, 8.5, accent)
	d.text(marginX, d.cw, nameOr(pt.Name, "Participant"), "B", 13, 6.5, ink)
	var who []string
	for _, s := range []string{pt.Role, managerOf(pt.Manager)} {
		if s = strings.TrimSpace(s); s != "" {
			who = append(who, s)
		}
	}
	if len(who) > 0 {
		d.text(marginX, d.cw, strings.Join(who, " · "), "", smallSize, smallLine, muted)
	}
	d.pdf.SetY(d.pdf.GetY() + 2)
	workshopDay := ""
	if t, ok := answersCreated(d.a); ok {
		workshopDay = " at the workshop on " + t
	}
	with := "your manager"
	if m := strings.TrimSpace(pt.Manager); m != "" {
		with = m
	}
	d.callout(fmt.Sprintf("What you answered%s, beside what you answered on %s. It is for the conversation with %s: what changed, what has not changed yet, and what comes next. It grades nothing; the profile's numbers are read as on your plan.",
		workshopDay, workshop.Long(p.Round.Date), with))
}

// answersCreated is the day the answers were made, in long form.
func answersCreated(a *workshop.Answers) (string, bool) {
	if a.Created.IsZero() {
		return "", false
	}
	return a.Created.UTC().Format(workshop.LongDate), true
}

// situations prints the judgement then and now, and each situation's
// answers side by side with the change in words.
func (d *doc) situations(p *analysis.Progress) {
	d.section("The situations, then and now", 20)
	d.para(p.Judgement)
	if len(p.Situations) == 0 {
		return
	}
	d.pdf.SetY(d.pdf.GetY() + 1.5)
	rows := make([][]string, 0, len(p.Situations))
	for _, s := range p.Situations {
		rows = append(rows, []string{s.Title, s.Then, s.Now, s.Words})
	}
	d.table("The situations", []column{{"Situation", 0.27, "L"}, {"At the workshop", 0.19, "L"}, {"Now", 0.19, "L"}, {"What changed", 0.35, "L"}}, rows)
}

// indicators prints each focus area's indicator from baseline to now.
func (d *doc) indicators(ics []analysis.IndicatorChange) {
	if len(ics) == 0 {
		return
	}
	d.section("My indicators, from the workshop to now", 20)
	rows := make([][]string, 0, len(ics))
	for _, ic := range ics {
		rows = append(rows, []string{ic.Title + "\n" + ic.Measure, orDash(ic.Baseline), orDash(ic.Now), orDash(ic.Target), ic.Words})
	}
	d.table("My indicators", []column{{"Focus area and indicator", 0.34, "L"}, {"Baseline", 0.1, "R"}, {"Now", 0.08, "R"}, {"Aimed at", 0.11, "R"}, {"", 0.37, "L"}}, rows)
}

func orDash(s string) string { return nameOr(s, "-") }

// actionsDone prints how each focus area's actions stand, the open ones
// with where they are.
func (d *doc) actionsDone(as []analysis.ActionsDone) {
	if len(as) == 0 {
		return
	}
	d.section("My actions", 20)
	for _, a := range as {
		d.sub(a.Title+": "+a.Words, bodyLine)
		for _, s := range a.Open {
			d.bulletSized(marginX, d.cw, s, bodySize, bodyLine)
		}
	}
}

// pulse prints the team pulse's tallies as the lead typed them in.
func (d *doc) pulse(ps []analysis.PulseResult) {
	if len(ps) == 0 {
		return
	}
	d.section("My team's pulse", 20)
	d.note("Answered on paper, without names; the tallies as I counted them.")
	rows := make([][]string, 0, len(ps))
	for _, p := range ps {
		rows = append(rows, []string{p.Question, p.Words})
	}
	d.table("My team's pulse", []column{{"Question", 0.55, "L"}, {"Answers", 0.45, "L"}}, rows)
}
