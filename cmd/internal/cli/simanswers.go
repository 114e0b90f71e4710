package cli

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
)

// demoNames are the simulated participants' names, Unicode on purpose.
var demoNames = []string{"Zoë Müller", "Łukasz Żółć", "José Nuñez", "Çağrı Öztürk", "Jiří Dvořák", "Aino Mäkinen",
	"Priya Raman", "Tomás Ó Briain", "Αλέξανδρος Παππάς", "Дмитрий Орлов", "Sam Okafor", "Ingrid Øvrebø"}

// simName is the i-th simulated participant's name.
func simName(i int) string {
	return fmt.Sprintf("%s %d", demoNames[i%len(demoNames)], i+1)
}

// fillStep answers one step of the journey the way a varied room would:
// each participant leans differently, so the room charts have something to show.
func fillStep(c *workshop.Content, a *workshop.Answers, st workshop.Step, rng *rand.Rand, now time.Time) {
	rate := func(lean int) int { return min(workshop.Scale, max(1, lean+rng.IntN(3)-1)) }
	lean := 1 + rng.IntN(workshop.Scale)
	switch st {
	case workshop.StepCheckIn:
		a.Participant.Role = []string{"Senior sysadmin", "Network engineer", "Service desk lead", "DevOps engineer"}[rng.IntN(4)]
		a.Participant.TeamSize = 2 + rng.IntN(10)
		a.Participant.LeadershipTime = workshop.LeadershipTimes[rng.IntN(len(workshop.LeadershipTimes))]
		a.Participant.Manager = demoNames[rng.IntN(len(demoNames))]
	case workshop.StepAssess:
		for _, d := range c.Dimensions {
			for _, it := range d.Items {
				a.Ratings[it.ID] = rate(lean)
			}
			for _, p := range d.Prompts {
				a.Reflections[p.ID] = "Mostly when the pager goes off at night."
			}
		}
	case workshop.StepExpect:
		for _, e := range c.Expectations {
			a.Expectations[e.ID] = workshop.Pair{Me: rate(lean), Org: rate(workshop.Scale + 1 - lean)}
		}
	case workshop.StepSkills:
		for _, s := range c.Skills {
			a.Skills[s.ID] = workshop.SkillRate{Current: rate(lean), Importance: rate(4)}
		}
	case workshop.StepDelegate:
		a.Week.Today = workshop.Hours{Technical: 10 + rng.IntN(20), People: 2 + rng.IntN(8), Planning: 2 + rng.IntN(6), Stakeholders: 2 + rng.IntN(6)}
		a.Week.Target = workshop.Hours{Technical: 10, People: 12, Planning: 8, Stakeholders: 8}
		a.Week.Counts = map[workshop.Source]int{workshop.SourceEscalations: rng.IntN(12), workshop.SourceWaiting: rng.IntN(6), workshop.SourceAfterHours: rng.IntN(6)}
		for i := range max(3, c.Delegation.MinRow) {
			r := workshop.NewDelegationRow()
			r.What = fmt.Sprintf("Recurring duty %d", i+1)
			r.Type = c.Delegation.Types[i%len(c.Delegation.Types)]
			r.Owner, r.Support = "A colleague", "A walkthrough and a checklist"
			r.By = now.AddDate(0, 0, 30).Format(workshop.DateLayout)
			a.Delegations = append(a.Delegations, r)
		}
	case workshop.StepPlan:
		a.Plan = analysis.NewPlan(c, a, analysis.Analyze(c, a), now)
	}
	a.Step = st
}
