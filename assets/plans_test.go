package assets

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
)

// planText is the plan's own part as plain text, one sentence-bearing
// field a line, for review and for the template-overlap measure.
func planText(p *workshop.Plan, r *analysis.Report) []string {
	var out []string
	add := func(label, s string) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, label+": "+s)
		}
	}
	add("note", p.Note)
	add("shift", p.Shift)
	for _, s := range p.Strengths {
		add("strength", s)
	}
	for i, f := range p.Focus {
		n := fmt.Sprintf("focus %d ", i+1)
		add(n+"title", f.Title)
		add(n+"why", f.Why)
		add(n+"specific", f.Goal.Specific)
		add(n+"measure", f.Goal.Measurable)
		from := f.Goal.Baseline
		if f.Goal.Tally {
			from = "the first weeks' tally" // as the PDF says it
		}
		if from != "" || f.Goal.Target != "" {
			add(n+"from/to", from+" -> "+f.Goal.Target)
		}
		add(n+"achievable", f.Goal.Achievable)
		add(n+"relevant", f.Goal.Relevant)
		add(n+"by", f.Goal.By)
		for _, act := range f.Actions {
			add(n+"action "+string(act.Kind), act.Text)
		}
		add(n+"if-then", f.IfThen)
		add(n+"support", f.Support)
		add(n+"first step", f.FirstStep+" ("+f.FirstStepDate+")")
	}
	for _, s := range p.StopDoing {
		add("stop doing", s)
	}
	add("day 30", p.Day30)
	add("day 60", p.Day60)
	add("day 90", p.Day90)
	for _, o := range p.Obstacles {
		add("obstacle", o.Obstacle)
		add("response", o.Response)
	}
	for _, q := range r.Questions {
		add("question", q)
	}
	for _, t := range p.Talk {
		add("talk", t)
	}
	return out
}

// TestPlanGoldens keeps each persona's drafted plan as text beside its
// answers (docs/examples/personas/NAME.plan.txt), so that any change of
// wording shows in review. Run with -update and read the diff.
func TestPlanGoldens(t *testing.T) {
	c := builtin(t)
	for _, tr := range readTruths(t) {
		a := loadPersona(t, c, tr.name)
		r := analysis.Analyze(c, a)
		got := "# " + tr.name + ": the drafted plan (go test ./assets -run TestPlanGoldens -update)\n" +
			strings.Join(planText(analysis.NewPlan(c, a, r, a.Created), r), "\n") + "\n"
		path := filepath.Join(personaDir, tr.name+".plan.txt")
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./assets -run TestPlanGoldens -update)", err)
		}
		if string(want) != got {
			t.Errorf("%s is out of date: run go test ./assets -run TestPlanGoldens -update and read the diff", path)
		}
	}
}

// TestPlansAreNotTemplates measures how much of each plan's own part is
// word for word in two or more other personas' plans: the median share
// stays at or under 35 %. The own part is what the plan pages print
// (not the questions and answers to talk through, which follow as the
// evidence); sentences are the text of its fields, split at full stops.
func TestPlansAreNotTemplates(t *testing.T) {
	c := builtin(t)
	plans := map[string][]string{}
	for _, tr := range readTruths(t) {
		a := loadPersona(t, c, tr.name)
		r := analysis.Analyze(c, a)
		var sentences []string
		for _, line := range planText(analysis.NewPlan(c, a, r, a.Created), r) {
			label, text, _ := strings.Cut(line, ": ")
			if label == "question" || label == "talk" || label == "strength" ||
				strings.HasSuffix(label, "title") || strings.HasSuffix(label, "measure") || strings.HasSuffix(label, "from/to") || strings.HasSuffix(label, " by") {
				continue // the evidence part, printed after the plan, and headings and labels
			}
			for _, s := range strings.SplitAfter(text, ". ") {
				if s = strings.TrimSpace(s); len(s) > 12 {
					sentences = append(sentences, s)
				}
			}
		}
		plans[tr.name] = slices.Compact(sentences)
	}
	inPlans := map[string]int{}
	for _, ss := range plans {
		seen := map[string]bool{}
		for _, s := range ss {
			if !seen[s] {
				inPlans[s]++
				seen[s] = true
			}
		}
	}
	var shares []float64
	var report []string
	for name, ss := range plans {
		if len(ss) == 0 {
			continue
		}
		shared := 0
		for _, s := range ss {
			if inPlans[s] >= 3 { // this plan and two or more others
				shared++
			}
		}
		share := float64(shared) / float64(len(ss))
		shares = append(shares, share)
		report = append(report, fmt.Sprintf("%s %.0f %%", name, 100*share))
	}
	sort.Float64s(shares)
	sort.Strings(report)
	median := shares[len(shares)/2]
	if len(shares)%2 == 0 {
		median = (shares[len(shares)/2-1] + shares[len(shares)/2]) / 2
	}
	t.Logf("template overlap, median %.0f %% of sentences in 3+ plans: %s", 100*median, strings.Join(report, ", "))
	if median > 0.35 {
		t.Errorf("median template overlap %.0f %%, want at most 35 %%", 100*median)
	}
}

// TestNoTwoFocusAreasCountTheSameThing: each focus area of a persona's
// plan has its own measure, so its milestones say something of their own.
func TestNoTwoFocusAreasCountTheSameThing(t *testing.T) {
	c := builtin(t)
	for _, tr := range readTruths(t) {
		a := loadPersona(t, c, tr.name)
		r := analysis.Analyze(c, a)
		seen := map[string]string{}
		for _, f := range analysis.NewPlan(c, a, r, a.Created).Focus {
			if other, ok := seen[f.Goal.Measurable]; ok {
				t.Errorf("%s: %s and %s both count %q", tr.name, other, f.Title, f.Goal.Measurable)
			}
			seen[f.Goal.Measurable] = f.Title
		}
	}
}

// TestNoTrialHandOverBeforeTheDecisionItWaitsFor: when the stop-doing
// lines hand work over only once the role is decided, no action hands
// work over before it.
func TestNoTrialHandOverBeforeTheDecisionItWaitsFor(t *testing.T) {
	c := builtin(t)
	checked := 0
	for _, tr := range readTruths(t) {
		a := loadPersona(t, c, tr.name)
		p := analysis.NewPlan(c, a, analysis.Analyze(c, a), a.Created)
		if !slices.ContainsFunc(p.StopDoing, func(l string) bool { return strings.Contains(l, "once I have decided about the role") }) {
			continue
		}
		checked++
		for _, f := range p.Focus {
			for _, x := range f.Actions {
				if strings.Contains(x.Text, "handing") && strings.Contains(x.Text, " over") {
					t.Errorf("%s: %q hands work over before the decision the stop-doing lines wait for", tr.name, x.Text)
				}
			}
		}
	}
	if checked == 0 {
		t.Error("no persona's stop-doing lines wait for the role decision")
	}
}
