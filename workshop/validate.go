package workshop

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
)

// FieldError names what is wrong in a content pack or answers file: the
// item it is in and the field.
type FieldError struct {
	ItemID  string // empty for the file's top level
	Field   string
	Problem string
}

func (e *FieldError) Error() string {
	if e.ItemID == "" {
		return fmt.Sprintf("field %s: %s", e.Field, e.Problem)
	}
	return fmt.Sprintf("item %s, field %s: %s", e.ItemID, e.Field, e.Problem)
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{0,63}$`)

// Validate checks a content pack and returns the first problem found.
func (c *Content) Validate() error {
	v := &validator{ids: map[string]bool{}}
	if c.Format != ContentFormat {
		return &FieldError{Field: "format", Problem: fmt.Sprintf("is %q, want %q", c.Format, ContentFormat)}
	}
	if c.Version != ContentVersion {
		return &FieldError{Field: "version", Problem: fmt.Sprintf("is %d, this LeadShift reads version %d", c.Version, ContentVersion)}
	}
	v.text("", "title", c.Title)
	v.id(c.ID, "id")
	v.count("", "dimensions", len(c.Dimensions), 1)
	for _, d := range c.Dimensions {
		v.dimension(d)
	}
	v.count("", "expectations", len(c.Expectations), 1)
	for _, e := range c.Expectations {
		v.id(e.ID, "id")
		v.text(e.ID, "statement", e.Statement)
		v.seed(e.ID, e.Seed)
		if e.Polarity != Role && e.Polarity != Myth {
			v.fail(e.ID, "polarity", fmt.Sprintf("is %q, want \"role\" or \"myth\"", e.Polarity))
		}
		v.count(e.ID, "questions", len(e.Questions), 1)
		for i, q := range e.Questions {
			v.text(e.ID, fmt.Sprintf("questions[%d]", i), q)
		}
	}
	v.count("", "skills", len(c.Skills), 1)
	for _, s := range c.Skills {
		v.skill(s)
	}
	v.text("", "delegation.intro", c.Delegation.Intro)
	v.seed("delegation", c.Delegation.Seed)
	v.count("", "delegation.types", len(c.Delegation.Types), 1)
	v.count("", "delegation.levels", len(c.Delegation.Levels), 2)
	if o := c.Delegation.OneOff; o != nil {
		if len(o.Cues) == 0 {
			v.fail("", "delegation.oneOff.cues", "must name at least one phrase that says a row is one decision due by a date")
		}
		v.text("", "delegation.oneOff.ifThen", o.IfThen)
	}
	if c.Delegation.MinRow < 0 {
		v.fail("", "delegation.minRows", "must not be negative")
	}
	v.roleFocus(c.RoleFocus)
	v.count("", "coreQuestions", len(c.CoreQuestions), 1)
	for i, q := range c.CoreQuestions {
		v.text("", fmt.Sprintf("coreQuestions[%d]", i), q)
	}
	for i, q := range c.CoreQuestionsNotYet {
		v.text("", fmt.Sprintf("coreQuestionsNotYet[%d]", i), q)
	}
	v.managerWords(c.Manager)
	v.threeWayWords(c.ThreeWay)
	for i, o := range c.CountObstacles {
		field := fmt.Sprintf("countObstacles[%d]", i)
		if !o.Source.IsCount() {
			v.fail("", field+".source", fmt.Sprintf("is %q, want one of the week's counts %v", o.Source, CountSources))
		}
		if !strings.Contains(o.Obstacle, "{n}") {
			v.fail("", field+".obstacle", "must say where the count goes, with {n}")
		}
		v.text("", field+".response", o.Response)
	}
	if w := c.WaitObstacle; w != nil {
		if len(w.Cues) == 0 {
			v.fail("", "waitObstacle.cues", "must name at least one phrase that says the trouble will settle by itself")
		}
		v.text("", "waitObstacle.response", w.Response)
	}
	if m := c.ManagerSlot; m != nil {
		if len(m.Cues) == 0 {
			v.fail("", "managerSlot.cues", "must name at least one phrase that says a regular one-to-one with the manager exists")
		}
		for field, text := range map[string]string{"ask": m.Ask, "have": m.Have} {
			if !strings.Contains(text, "{manager}") {
				v.fail("", "managerSlot."+field, "must name the manager, with {manager}")
			}
		}
		v.text("", "managerSlot.support", m.Support)
	}
	// References are checked last, once every ID is known.
	for _, sk := range c.Skills {
		for i, st := range sk.Stories {
			if st.Feeds != nil {
				v.ref(c, sk.ID, fmt.Sprintf("stories[%d].feeds.skill", i), st.Feeds.Skill, false)
			}
		}
	}
	for _, d := range c.Dimensions {
		v.ref(c, d.ID, "skill", d.Skill, false)
		for _, it := range d.Items {
			if it.Skill != NoSkill {
				v.ref(c, it.ID, "skill", it.Skill, true)
			}
		}
	}
	routes := [][2]string{{"routes.managingUp", c.Routes.ManagingUp}, {"routes.people", c.Routes.People}}
	for i, id := range c.Routes.Standards {
		routes = append(routes, [2]string{fmt.Sprintf("routes.standards[%d]", i), id})
	}
	for _, r := range routes {
		if r[1] != "" && c.Skill(r[1]) == nil {
			v.fail("", r[0], fmt.Sprintf("names %q, which is not a skill of the pack", r[1]))
		}
	}
	for _, e := range c.Expectations {
		v.ref(c, e.ID, "skill", e.Skill, true)
	}
	for _, s := range c.Skills {
		for _, id := range s.After {
			v.ref(c, s.ID, "after", id, false)
		}
	}
	v.contradictions(c)
	v.retired(c)
	v.editions(c)
	v.debriefs(c)
	v.practices(c)
	v.pulse(c)
	return v.err
}

func (v *validator) contradictions(c *Content) {
	items := map[string]bool{}
	for _, id := range c.items() {
		items[id] = true
	}
	for i, p := range c.Contradictions {
		field := fmt.Sprintf("contradictions[%d]", i)
		if !items[p.A] || !items[p.B] || p.A == p.B {
			v.fail("", field, "must name two different self-assessment items")
		}
		v.text("", field+".text", p.Text)
	}
}

func (v *validator) retired(c *Content) {
	for _, r := range c.Retired {
		if v.ids[r.ID] {
			v.fail(r.ID, "retired", "is still in use, so it cannot be retired")
		}
		if r.MapTo != "" && !v.ids[r.MapTo] {
			v.fail(r.ID, "retired.mapTo", fmt.Sprintf("names %q, which the pack does not have", r.MapTo))
		}
	}
}

func (v *validator) roleFocus(f RoleFocus) {
	v.id(f.ID, "roleFocus.id")
	v.text(f.ID, "title", f.Title)
	v.seed(f.ID, f.Seed)
	v.guide(f.ID, f.Guide)
	v.actions(f.ID, f.Actions)
}

func (v *validator) guide(item string, g Guide) {
	v.text(item, "goal", g.Goal)
	v.text(item, "indicator.text", g.Indicator.Text)
	if b := g.Indicator.Brings; b != "" && !slices.Contains(CountSources, b) {
		v.fail(item, "indicator.brings", fmt.Sprintf("is %q, want one of the week's counts %v", b, CountSources))
	}
	if !slices.Contains(Sources, g.Indicator.Source) {
		v.fail(item, "indicator.source", fmt.Sprintf("is %q, not one of the week's numbers", g.Indicator.Source))
	}
	v.text(item, "ifThen", g.IfThen)
	for i, said := range g.IfThenSaid {
		field := fmt.Sprintf("ifThenSaid[%d]", i)
		v.text(item, field, said.IfThen)
		if len(said.Cues) == 0 || said.IfThen == "" {
			v.fail(item, field, "needs cues and an ifThen")
		}
	}
	if sp := g.Supplier; sp != nil {
		v.text(item, "supplier.ifThen", sp.IfThen)
		v.text(item, "supplier.ifThenAny", sp.IfThenAny)
		if len(sp.Cues) == 0 || sp.IfThen == "" || sp.IfThenAny == "" || strings.Contains(sp.IfThenAny, "{support}") {
			v.fail(item, "supplier", "needs cues, an ifThen and an ifThenAny without {support}")
		}
	}
	if g.IfThenRow != "" && (!strings.Contains(g.IfThenRow, "{row}") || !strings.Contains(g.IfThenRow, "{owner}")) {
		v.fail(item, "ifThenRow", "must name {row} and {owner}")
	}
	if g.FirstStepWith != "" && !strings.Contains(g.FirstStepWith, "{people}") {
		v.fail(item, "firstStepWith", "must name {people}")
	}
	if g.FirstStepSeenLeast != "" && !strings.Contains(g.FirstStepSeenLeast, "{group}") {
		v.fail(item, "firstStepSeenLeast", "must name {group}")
	}
	if g.FirstStepEffort != "" && (!strings.Contains(g.FirstStepEffort, "{who}") || !strings.Contains(g.FirstStepEffort, "{effort}")) {
		v.fail(item, "firstStepEffort", "must name {who} and {effort}")
	}
	if w := g.IndicatorWith; w != nil {
		v.text(item, "indicatorWith.text", w.Text)
		switch {
		case !w.Source.CountedFromFirstStep():
			v.fail(item, "indicatorWith.source", fmt.Sprintf("is %q, not a count the plan starts from the first step", w.Source))
		case !strings.Contains(w.Text, "{people}") || w.Tally == "" || w.Short == "":
			v.fail(item, "indicatorWith", "must name {people} in its text, and have its own tally and short words")
		}
	}
	if g.ActionWith != "" && !strings.Contains(g.ActionWith, "{people}") {
		v.fail(item, "actionWith", "must name {people}")
	}
	if g.Shift != "" && (!strings.HasPrefix(g.Shift, "From ") || !strings.Contains(g.Shift, " to ")) {
		v.fail(item, "shift", "must read \"From … to …\"")
	}
	v.text(item, "obstacle", g.Obstacle)
	v.text(item, "response", g.Response)
	for i, r := range g.Replies {
		v.text(item, fmt.Sprintf("replies[%d].response", i), r.Response)
		if len(r.Cues) == 0 {
			v.fail(item, fmt.Sprintf("replies[%d].cues", i), "must name at least one cue")
		}
	}
	if o := g.CountObstacle; o != nil {
		switch {
		case !g.Indicator.Source.IsCount():
			v.fail(item, "countObstacle", fmt.Sprintf("the indicator reads %q, which is not one of the week's counts", g.Indicator.Source))
		case o.Source != "" && o.Source != g.Indicator.Source:
			v.fail(item, "countObstacle.source", "must be empty: it is the indicator's")
		case !strings.Contains(o.Obstacle, "{n}"):
			v.fail(item, "countObstacle.obstacle", "must say where the count goes, with {n}")
		}
		v.text(item, "countObstacle.response", o.Response)
	}
}

// actions checks a focus's actions: at least one of each 70-20-10 kind.
func (v *validator) actions(item string, actions []Action) {
	for _, a := range actions {
		v.id(a.ID, "id")
		v.text(a.ID, "text", a.Text)
		if a.Kind != Experience && a.Kind != People && a.Kind != Courses {
			v.fail(a.ID, "kind", fmt.Sprintf("is %q, want \"70\", \"20\" or \"10\"", a.Kind))
		}
	}
	for _, k := range Kinds {
		if !slices.ContainsFunc(actions, func(a Action) bool { return a.Kind == k }) {
			v.fail(item, "actions", fmt.Sprintf("needs at least one %q action", k))
		}
	}
}

type validator struct {
	ids map[string]bool
	err error
}

func (v *validator) fail(item, field, problem string) {
	if v.err == nil {
		v.err = &FieldError{ItemID: item, Field: field, Problem: problem}
	}
}

func (v *validator) id(id, field string) {
	switch {
	case !idPattern.MatchString(id):
		v.fail(id, field, "must be 1-64 lowercase letters, digits, dots or dashes")
	case v.ids[id]:
		v.fail(id, field, "is used twice")
	}
	v.ids[id] = true
}

func (v *validator) text(item, field, s string) {
	if strings.TrimSpace(s) == "" {
		v.fail(item, field, "is empty")
	}
}

func (v *validator) seed(item, seed string) {
	if strings.TrimSpace(seed) == "" {
		v.fail(item, "seed", "must name the source the item comes from")
	}
}

func (v *validator) count(item, field string, n, least int) {
	if n < least {
		v.fail(item, field, fmt.Sprintf("needs at least %d, has %d", least, n))
	}
}

func (v *validator) dimension(d Dimension) {
	v.id(d.ID, "id")
	v.text(d.ID, "name", d.Name)
	v.seed(d.ID, d.Seed)
	v.text(d.ID, "low", d.Low)
	v.text(d.ID, "mid", d.Mid)
	v.text(d.ID, "high", d.High)
	v.count(d.ID, "items", len(d.Items), 1)
	for _, it := range d.Items {
		v.id(it.ID, "id")
		v.text(it.ID, "text", it.Text)
		v.seed(it.ID, it.Seed)
		if it.IsScenario() || it.Rescue != "" || it.Lead != "" {
			v.text(it.ID, "situation", it.Situation)
			v.text(it.ID, "rescue", it.Rescue)
			v.text(it.ID, "lead", it.Lead)
			if it.Reverse {
				v.fail(it.ID, "reverse", "a scenario cannot be reversed")
			}
		}
	}
	for _, p := range d.Prompts {
		v.id(p.ID, "id")
		v.text(p.ID, "text", p.Text)
		v.seed(p.ID, p.Seed)
	}
}

func (v *validator) skill(s Skill) {
	v.id(s.ID, "id")
	v.text(s.ID, "name", s.Name)
	v.seed(s.ID, s.Seed)
	for _, id := range s.After {
		if id == s.ID {
			v.fail(s.ID, "after", "names the skill itself")
		}
	}
	v.levels(s.ID, "levels", s.Levels)
	if s.Needed < 1 || s.Needed > Scale {
		v.fail(s.ID, "needed", fmt.Sprintf("must be a level from 1 to %d", Scale))
	}
	v.actions(s.ID, s.Actions)
	v.guide(s.ID, s.Guide)
	if s.Under != nil {
		v.actions(s.ID+".under", s.Under.Actions)
		v.guide(s.ID+".under", s.Under.Guide)
		if s.Under.Description != "" {
			v.text(s.ID+".under", "description", s.Under.Description)
		}
	}
	for _, t := range s.Turns {
		v.id(t.ID, "turns.id")
		if len(t.Items) == 0 && len(t.Cues) == 0 && len(t.Rows) == 0 && !t.Pushed && !t.NotYet {
			v.fail(s.ID, "turns", fmt.Sprintf("%q is chosen by no item, no cue, no row and no pushed picture of the role", t.ID))
		}
		for _, k := range t.Rows {
			if !slices.Contains(RowKinds, k) {
				v.fail(s.ID, "turns.rows", fmt.Sprintf("%q of %q is not one of hold, standard, handed or note", k, t.ID))
			}
		}
		if len(t.Levels) > 0 {
			v.levels(s.ID+"."+t.ID, "levels", t.Levels)
		}
		v.actions(s.ID+"."+t.ID, t.Actions)
		v.guide(s.ID+"."+t.ID, t.Guide)
	}
	if h := s.Holds; h != nil {
		v.text(s.ID, "holdsHandOvers.clause", h.Clause)
		v.text(s.ID, "holdsHandOvers.milestone", h.Milestone)
		switch {
		case !h.People && len(h.Cues) == 0:
			v.fail(s.ID, "holdsHandOvers", "holds no row: set people or cues")
		case h.People && !strings.Contains(h.Clause+h.Milestone, "{people}"):
			v.fail(s.ID, "holdsHandOvers", "holds rows by people, so its clause or milestone must name {people}")
		case h.Slot < 0 || h.Slot > 1:
			v.fail(s.ID, "holdsHandOvers.slot", "must be 0 (day 30) or 1 (day 60)")
		}
	}
	for i, st := range s.Stories {
		v.story(s.ID, fmt.Sprintf("stories[%d]", i), st)
	}
	for i, w := range s.Contradicts {
		field := fmt.Sprintf("contradicts[%d]", i)
		if w.Level < 2 || w.Level > Scale {
			v.fail(s.ID, field+".level", fmt.Sprintf("must be a level from 2 to %d: words cannot show I am below level 1", Scale))
		}
		if len(w.Cues) == 0 {
			v.fail(s.ID, field+".cues", "shows no level: give at least one cue")
		}
	}
	if h := s.HeardLate; h != nil {
		v.text(s.ID, "heardLate.goal", h.Goal)
		v.text(s.ID, "heardLate.ifThen", h.IfThen)
		v.text(s.ID, "heardLate.action", h.Action)
		v.text(s.ID, "heardLate.ask", h.Ask)
		if !strings.Contains(h.Goal+h.IfThen, "{who}") {
			v.fail(s.ID, "heardLate", "its goal or if-then must name {who}")
		}
	}
	if u := s.Upwards; u != nil {
		for _, f := range [][2]string{{"firstStep", u.FirstStep}, {"goal", u.Goal}, {"measure", u.Measure}, {"action", u.Action}, {"response", u.Response}, {"milestone", u.Milestone}} {
			if v.text(s.ID, "upwards."+f[0], f[1]); !strings.Contains(f[1], "{case}") {
				v.fail(s.ID, "upwards."+f[0], "must name the case with {case}")
			}
		}
		if u.ActionModel != "" && !strings.Contains(u.ActionModel, "{model}") {
			v.fail(s.ID, "upwards.actionModel", "must quote the model with {model}")
		}
		if u.DownResponse != "" && u.Down == "" {
			v.fail(s.ID, "upwards.downResponse", "answers the news carried down, so it needs down")
		}
	}
	if r := s.Repeats; r != nil {
		v.text(s.ID, "repeats.goal", r.Goal)
		v.text(s.ID, "repeats.action", r.Action)
		if len(r.Cues) == 0 || !strings.Contains(r.Goal, "{repeats}") || !strings.Contains(r.Action, "{repeats}") {
			v.fail(s.ID, "repeats", "needs cues, and a goal and an action that name {repeats}")
		}
	}
	if r := s.FromRow; r != nil {
		v.text(s.ID, "fromRow.firstStep", r.FirstStep)
		switch {
		case !r.Manager && len(r.Cues) == 0:
			v.fail(s.ID, "fromRow", "finds no row: set manager or cues")
		case !strings.Contains(r.FirstStep, "{row}") && !strings.Contains(r.FirstStep, "{support}"):
			v.fail(s.ID, "fromRow.firstStep", "must name the row with {row}, or what it needs with {support}")
		case (r.Obstacle == "") != (r.Response == ""):
			v.fail(s.ID, "fromRow.response", "an obstacle and its response come together")
		}
	}
}

// story checks one of a skill's stories: told by cues, every text
// given, the Any forms without {what}, and Below a level.
func (v *validator) story(item, field string, st Story) {
	if len(st.Cues) == 0 {
		v.fail(item, field+".cues", "tells no story: give at least one cue")
	}
	for _, f := range [][2]string{{"measure", st.Measure}, {"measureAny", st.MeasureAny}, {"baseline", st.Baseline},
		{"target", st.Target}, {"tally", st.Tally}, {"tallyAny", st.TallyAny}, {"ifThen", st.IfThen}, {"ifThenAny", st.IfThenAny}} {
		v.text(item, field+"."+f[0], f[1])
		if strings.HasSuffix(f[0], "Any") && strings.Contains(f[1], "{what") {
			v.fail(item, field+"."+f[0], "is used when my words name nothing: it cannot name {what}")
		}
	}
	if (st.Goal == "") != (st.GoalAny == "") || strings.Contains(st.GoalAny, "{what") {
		v.fail(item, field+".goalAny", "a story's goal comes with its general form, which cannot name {what}")
	}
	if len(st.Milestones) != 0 && len(st.Milestones) != 3 {
		v.fail(item, field+".milestones", "needs the three lines of day 30, 60 and 90, or none")
	}
	if st.Below < 0 || st.Below > Scale {
		v.fail(item, field+".below", fmt.Sprintf("must be a level from 1 to %d, or 0 for none", Scale))
	}
	if f := st.Feeds; f != nil {
		v.text(item, field+".feeds.firstStep", f.FirstStep)
		if f.Slot < 0 || f.Slot > 1 {
			v.fail(item, field+".feeds.slot", "must be 0 (day 30) or 1 (day 60)")
		}
	}
}

// levels checks a skill's level anchors: exactly Scale of them, none
// empty, and each above level 1 a step up, never a failure.
func (v *validator) levels(item, field string, levels []string) {
	if len(levels) != Scale {
		v.fail(item, field, fmt.Sprintf("needs exactly %d level descriptions, has %d", Scale, len(levels)))
	}
	for i, l := range levels {
		v.text(item, fmt.Sprintf("%s[%d]", field, i), l)
		if m := failureMode(l); i > 0 && m != "" {
			v.fail(item, fmt.Sprintf("%s[%d]", field, i), fmt.Sprintf("describes a failure (%q), not a step up from level %d: a 90-day target would print it as a goal", m, i))
		}
	}
}

// editions checks that every Since names an edition the pack lists.
func (v *validator) editions(c *Content) {
	if len(c.Editions) == 0 {
		return
	}
	listed := func(ed string) bool {
		return ed == "" || slices.ContainsFunc(c.Editions, func(e EditionInfo) bool { return e.Edition == ed })
	}
	if !listed(c.Edition) {
		v.fail("", "edition", fmt.Sprintf("%q is not among the pack's editions", c.Edition))
	}
	check := func(id, since string) {
		if !listed(since) {
			v.fail(id, "since", fmt.Sprintf("names %q, which is not among the pack's editions", since))
		}
	}
	for _, d := range c.Dimensions {
		for _, it := range d.Items {
			check(it.ID, it.Since)
		}
		for _, p := range d.Prompts {
			check(p.ID, p.Since)
		}
	}
	for _, s := range c.Skills {
		check(s.ID, s.Since)
	}
	for _, e := range c.Expectations {
		check(e.ID, e.Since)
	}
}

// ref checks that a link names a skill or the role focus.
func (v *validator) ref(c *Content, item, field, target string, optional bool) {
	if target == "" && optional {
		return
	}
	if c.Skill(target) == nil && target != c.RoleFocus.ID {
		v.fail(item, field, fmt.Sprintf("names %q, which is neither a skill of the pack nor its role focus", target))
	}
}

// Skill returns the skill with the given ID, or nil.
func (c *Content) Skill(id string) *Skill {
	for i := range c.Skills {
		if c.Skills[i].ID == id {
			return &c.Skills[i]
		}
	}
	return nil
}

func (c *Content) items() []string {
	var ids []string
	for _, d := range c.Dimensions {
		for _, it := range d.Items {
			ids = append(ids, it.ID)
		}
	}
	return ids
}

func (c *Content) expectationIDs() []string {
	ids := make([]string, len(c.Expectations))
	for i, e := range c.Expectations {
		ids[i] = e.ID
	}
	return ids
}

func (c *Content) skillIDs() []string {
	ids := make([]string, len(c.Skills))
	for i, s := range c.Skills {
		ids[i] = s.ID
	}
	return ids
}

// CheckAgainst reports answers that name items the content pack does not
// have: answers made with another pack, or edited by hand. Answers to items
// the pack has retired are first moved to the items that replaced them, or
// into the answers' history, so files saved by earlier editions still open.
func (a *Answers) CheckAgainst(c *Content) error {
	if a.ContentID != c.ID {
		return &FieldError{Field: "contentId", Problem: fmt.Sprintf("answers were made with content pack %q, not %q", a.ContentID, c.ID)}
	}
	made := c.madeOn(a)
	c.retire(a, made)
	c.reask(a, made)
	// What is left was given to wording unchanged since: it holds for this
	// edition. Answers that never said their edition are left as they are
	// (the app stamps them when it opens them), so checking a document
	// received from a laptop never changes it.
	if a.Edition != "" || a.History != nil && a.History.Edition != "" {
		a.Edition = c.Edition
	}
	known := map[string]bool{}
	for _, id := range c.items() {
		known[id] = true
	}
	for _, d := range c.Dimensions {
		for _, p := range d.Prompts {
			known[p.ID] = true
		}
	}
	for _, id := range append(c.expectationIDs(), c.skillIDs()...) {
		known[id] = true
	}
	for _, group := range []struct {
		field string
		ids   []string
	}{
		{"ratings", slices.Sorted(maps.Keys(a.Ratings))},
		{"reflections", slices.Sorted(maps.Keys(a.Reflections))},
		{"expectations", slices.Sorted(maps.Keys(a.Expectations))},
		{"skills", slices.Sorted(maps.Keys(a.Skills))},
		{"reflectionTags", slices.Sorted(maps.Keys(a.Tags))},
	} {
		for _, id := range group.ids {
			if !known[id] {
				return &FieldError{ItemID: id, Field: group.field, Problem: "the content pack has no such item"}
			}
		}
	}
	for _, id := range slices.Sorted(maps.Keys(a.Tags)) {
		for _, tag := range a.Tags[id] {
			if tag != TagOther && tag != c.RoleFocus.ID && c.Skill(tag) == nil {
				return &FieldError{ItemID: id, Field: "reflectionTags", Problem: fmt.Sprintf("%q is not a skill of the content pack", tag)}
			}
		}
	}
	return nil
}

// failureMarks are words by which a level anchor describes a failure
// rather than a behaviour to aim for ("…then give the answer anyway",
// "cancel them when it gets busy"). Above level 1 an anchor is a step
// up, so a one-level target always reads as progress.
var failureMarks = regexp.MustCompile(`(?i)\b(?:anyway|but I still|yet I still|then often|cancel|only once|once they have become|vague|without the reasons?|until the message gets lost|when I happen to)\b`)

// failureMode is the words of a level anchor that describe a failure, or "".
func failureMode(level string) string {
	return failureMarks.FindString(level)
}
