package workshop

import (
	"cmp"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
)

// ClashKind says what kind of answer a Clash is about.
type ClashKind string

// The kinds of answer a merge compares one by one.
const (
	ClashParticipant ClashKind = "participant" // ID: name, role, teamSize, leadershipTime, manager, team
	ClashRating      ClashKind = "rating"      // ID: the statement's or scenario's item ID
	ClashReflection  ClashKind = "reflection"  // ID: the prompt ID
	ClashExpectation ClashKind = "expectation" // ID: the expectation ID; Part: me or org
	ClashSkill       ClashKind = "skill"       // ID: the skill ID; Part: current or importance
	ClashDelegation  ClashKind = "delegation"  // ID: the row's ID, or empty for the whole map
	ClashWeek        ClashKind = "week"        // ID: today or target
	ClashCount       ClashKind = "count"       // ID: the week's count source
	ClashPlan        ClashKind = "plan"        // ID: the plan's field; Part: the focus area's number
	ClashShare       ClashKind = "share"       // the consent to share the plan
)

// Clash is one answer that both sides of a merge changed from their
// common version, to different values. The merge keeps this laptop's
// value; TakeTheirs puts the other side's in its place.
type Clash struct {
	Kind   ClashKind
	ID     string // which answer of its kind (see ClashKind)
	Part   string // which half of a two-part answer, or which focus area; often empty
	Mine   string // this laptop's value, in words
	Theirs string // the other side's value, in words
	take   func(dst *Answers)
}

// TakeTheirs sets the clashing answer in a (the merged answers) to the
// other side's value.
func (c Clash) TakeTheirs(a *Answers) {
	if c.take != nil {
		c.take(a)
	}
}

// Key names the answer uniquely, e.g. "rating:a1" or "expectation:e2:me".
func (c Clash) Key() string {
	k := string(c.Kind) + ":" + c.ID
	if c.Part != "" {
		k += ":" + c.Part
	}
	return k
}

// Merge combines two versions of one participant's answers edited apart
// from a common version base (a three-way merge): answer by answer, the
// merged value is the side that changed it from base. When both sides
// changed an answer to different values the merge keeps mine and reports
// a Clash with both values, for the participant to choose. A nil base
// means no common version is known: every answer that differs is a clash.
//
// The answers compared one by one are the check-in fields, each rating,
// reflection, expectation and skill rating (each half separately), each
// delegation row (by its ID), the week's hours today and in 90 days and
// each of its counts, each field of the plan (each focus area when both
// sides have as many as base), and the share choice. Rounds and check-ins
// are only ever added: the merge keeps those of both sides. The step is where
// this laptop is: a step changed on both sides keeps mine and is no clash.
// The history keeps what either side kept. Merge does not change its
// arguments.
func Merge(base, mine, theirs *Answers) (merged *Answers, clashes []Clash) {
	m := &merger{hasBase: base != nil}
	if base == nil {
		base = &Answers{}
	}
	m.base, m.mine, m.theirs = prepare(base), prepare(mine), prepare(theirs)
	m.out = prepare(mine)
	m.run()
	out := m.out
	if mine.Plan == nil && theirs.Plan == nil {
		out.Plan = nil
	}
	out.History = mergeHistory(mine.History, theirs.History)
	if theirs.Updated.After(out.Updated) {
		out.Updated = theirs.Updated
	}
	return out, m.clashes
}

// prepare is a deep copy with writable maps and a plan, so every field
// has an address.
func prepare(a *Answers) *Answers {
	c := a.Clone()
	c.ensureMaps()
	if c.Week.Counts == nil {
		c.Week.Counts = map[Source]int{}
	}
	if c.Plan == nil {
		c.Plan = &Plan{}
	}
	return c
}

type merger struct {
	hasBase                 bool
	base, mine, theirs, out *Answers
	clashes                 []Clash
}

// decide is the three-way choice for one answer: whether to take theirs,
// and whether both sides changed it to different values.
func (m *merger) decide(same func(a, b int) bool) (takeTheirs, clash bool) {
	const base, mine, theirs = 0, 1, 2
	switch {
	case same(mine, theirs):
		return false, false
	case m.hasBase && same(mine, base):
		return true, false
	case m.hasBase && same(theirs, base):
		return false, false
	}
	return false, true
}

// access reads and writes one answer in any version of the answers.
type access[V any] struct {
	get func(a *Answers) V
	set func(a *Answers, v V)
}

// at is the access to a field with an address.
func at[V any](f func(a *Answers) *V) access[V] {
	return access[V]{get: func(a *Answers) V { return *f(a) }, set: func(a *Answers, v V) { *f(a) = v }}
}

// field merges one answer.
func field[V any](m *merger, kind ClashKind, id, part string, acc access[V], show func(V) string) {
	vals := []V{acc.get(m.base), acc.get(m.mine), acc.get(m.theirs)}
	takeTheirs, clash := m.decide(func(i, j int) bool { return equal(vals[i], vals[j]) })
	theirs := vals[2]
	set := func(dst *Answers) { acc.set(dst, cloneValue(theirs)) }
	if takeTheirs {
		set(m.out)
	}
	if clash {
		m.clashes = append(m.clashes, Clash{Kind: kind, ID: id, Part: part, Mine: show(vals[1]), Theirs: show(theirs), take: set})
	}
}

// entries merges a map answer by answer: a key missing on one side is an
// answer deleted there (or never given).
func entries[K cmp.Ordered, V any](m *merger, kind ClashKind, of func(a *Answers) map[K]V, show func(V) string) {
	keys := map[K]bool{}
	for _, a := range []*Answers{m.base, m.mine, m.theirs} {
		for k := range of(a) {
			keys[k] = true
		}
	}
	type entry struct {
		v  V
		ok bool
	}
	for _, k := range slices.Sorted(maps.Keys(keys)) {
		get := func(a *Answers) entry {
			v, ok := of(a)[k]
			return entry{v, ok}
		}
		acc := access[entry]{get: get, set: func(a *Answers, e entry) {
			if e.ok {
				of(a)[k] = e.v
			} else {
				delete(of(a), k)
			}
		}}
		field(m, kind, fmt.Sprint(k), "", acc, func(e entry) string {
			if !e.ok {
				return notAnswered
			}
			return show(e.v)
		})
	}
}

const notAnswered = "(not answered)"

func (m *merger) run() {
	for _, f := range []struct {
		id string
		at func(a *Answers) *string
	}{
		{"name", func(a *Answers) *string { return &a.Participant.Name }},
		{"role", func(a *Answers) *string { return &a.Participant.Role }},
		{"leadershipTime", func(a *Answers) *string { return &a.Participant.LeadershipTime }},
		{"manager", func(a *Answers) *string { return &a.Participant.Manager }},
	} {
		field(m, ClashParticipant, f.id, "", at(f.at), showText)
	}
	field(m, ClashParticipant, "teamSize", "", at(func(a *Answers) *int { return &a.Participant.TeamSize }), showNumber)
	field(m, ClashParticipant, "team", "", at(func(a *Answers) *[]string { return &a.Participant.Team }), showList)
	// The step is where this laptop's participant is now; it holds no answer.
	if m.hasBase && m.mine.Step == m.base.Step {
		m.out.Step = m.theirs.Step
	}
	entries(m, ClashRating, func(a *Answers) map[string]int { return writable(a).Ratings }, showRating)
	entries(m, ClashReflection, func(a *Answers) map[string]string { return writable(a).Reflections }, showText)
	entries(m, ClashReflection, func(a *Answers) map[string][]string { return writable(a).Tags }, showList)
	entries(m, ClashReflection, func(a *Answers) map[string]string { return writable(a).Rehearsals }, showText)
	m.halves()
	m.delegations()
	field(m, ClashWeek, "today", "", at(func(a *Answers) *Hours { return &a.Week.Today }), showHours)
	field(m, ClashWeek, "target", "", at(func(a *Answers) *Hours { return &a.Week.Target }), showHours)
	entries(m, ClashCount, func(a *Answers) map[Source]int { return writable(a).Week.Counts }, showNumber)
	m.plan()
	m.out.Rounds = unionByID(m.out.Rounds, m.theirs.Rounds, func(r Round) (string, string) { return r.ID, r.Date })
	m.out.CheckIns = unionByID(m.out.CheckIns, m.theirs.CheckIns, func(c CheckIn) (string, string) { return c.ID, c.Date })
	field(m, ClashShare, "", "", at(func(a *Answers) *bool { return &a.Share }), func(v bool) string {
		if v {
			return "shared with the facilitator"
		}
		return "not shared"
	})
}

// unionByID keeps every dated record of mine and adds theirs that mine
// lacks, by ID, in date order: rounds and check-ins are only ever added,
// so neither side's is lost, and one both have stays as mine has it.
func unionByID[R any](mine, theirs []R, key func(R) (id, date string)) []R {
	have := map[string]bool{}
	for _, r := range mine {
		id, _ := key(r)
		have[id] = true
	}
	out := mine
	for _, r := range theirs {
		if id, _ := key(r); !have[id] {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(x, y R) int {
		_, dx := key(x)
		_, dy := key(y)
		return cmp.Compare(dx, dy)
	})
	return out
}

// writable makes a's maps writable and returns a.
func writable(a *Answers) *Answers {
	a.ensureMaps()
	if a.Tags == nil {
		a.Tags = map[string][]string{}
	}
	if a.Week.Counts == nil {
		a.Week.Counts = map[Source]int{}
	}
	if a.Rehearsals == nil {
		a.Rehearsals = map[string]string{}
	}
	return a
}

// halves merges expectations and skills one rating at a time: each holds
// two ratings, and 0 (or no entry) means not rated.
func (m *merger) halves() {
	for _, id := range m.keys(func(a *Answers) []string { return slices.Collect(maps.Keys(a.Expectations)) }) {
		for _, h := range []struct {
			part string
			at   func(p *Pair) *int
		}{{"me", func(p *Pair) *int { return &p.Me }}, {"org", func(p *Pair) *int { return &p.Org }}} {
			field(m, ClashExpectation, id, h.part, half(func(a *Answers) map[string]Pair { return writable(a).Expectations }, id, h.at), showRating)
		}
		if m.out.Expectations[id] == (Pair{}) && !hasKey(m.mine.Expectations, id) {
			delete(m.out.Expectations, id)
		}
	}
	for _, id := range m.keys(func(a *Answers) []string { return slices.Collect(maps.Keys(a.Skills)) }) {
		for _, h := range []struct {
			part string
			at   func(s *SkillRate) *int
		}{{"current", func(s *SkillRate) *int { return &s.Current }}, {"importance", func(s *SkillRate) *int { return &s.Importance }}} {
			field(m, ClashSkill, id, h.part, half(func(a *Answers) map[string]SkillRate { return writable(a).Skills }, id, h.at), showRating)
		}
		if m.out.Skills[id] == (SkillRate{}) && !hasKey(m.mine.Skills, id) {
			delete(m.out.Skills, id)
		}
	}
}

// keys is the sorted union of the keys listed by f in the three versions.
func (m *merger) keys(f func(a *Answers) []string) []string {
	set := map[string]bool{}
	for _, a := range []*Answers{m.base, m.mine, m.theirs} {
		for _, id := range f(a) {
			set[id] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}

func hasKey[V any](mp map[string]V, k string) bool {
	_, ok := mp[k]
	return ok
}

// half is the access to one rating of a two-rating map entry; a missing
// entry reads as not rated.
func half[T any](of func(a *Answers) map[string]T, id string, part func(t *T) *int) access[int] {
	return access[int]{
		get: func(a *Answers) int {
			t := of(a)[id]
			return *part(&t)
		},
		set: func(a *Answers, v int) {
			t := of(a)[id]
			*part(&t) = v
			of(a)[id] = t
		},
	}
}

// delegations merges the delegation map row by row, matched by ID. Rows
// without an ID (or with a repeated one) leave nothing to match them by:
// the whole map is then one answer.
func (m *merger) delegations() {
	whole := at(func(a *Answers) *[]DelegationRow { return &a.Delegations })
	if !rowIDs(m.base) || !rowIDs(m.mine) || !rowIDs(m.theirs) {
		field(m, ClashDelegation, "", "", whole, showRows)
		return
	}
	ids := m.keys(func(a *Answers) []string {
		var ids []string
		for _, r := range a.Delegations {
			ids = append(ids, r.ID)
		}
		return ids
	})
	for _, id := range ids {
		type row struct {
			r  DelegationRow
			ok bool
		}
		acc := access[row]{
			get: func(a *Answers) row {
				if i := rowIndex(a, id); i >= 0 {
					return row{a.Delegations[i], true}
				}
				return row{}
			},
			set: func(a *Answers, r row) {
				i := rowIndex(a, id)
				switch {
				case i >= 0 && r.ok:
					a.Delegations[i] = r.r
				case i >= 0:
					a.Delegations = slices.Delete(a.Delegations, i, i+1)
				case r.ok:
					a.Delegations = append(a.Delegations, r.r)
				}
			},
		}
		field(m, ClashDelegation, id, "", acc, func(r row) string {
			if !r.ok {
				return "(deleted)"
			}
			return showRow(r.r)
		})
	}
	if len(m.out.Delegations) > MaxRows {
		// Too many rows to keep both sides' additions: the map is one answer.
		m.out.Delegations = slices.Clone(m.mine.Delegations)
		m.clashes = slices.DeleteFunc(m.clashes, func(c Clash) bool { return c.Kind == ClashDelegation })
		hasBase := m.hasBase
		m.hasBase = false
		field(m, ClashDelegation, "", "", whole, showRows)
		m.hasBase = hasBase
	}
}

// rowIDs reports whether every delegation row has its own ID.
func rowIDs(a *Answers) bool {
	seen := map[string]bool{}
	for _, r := range a.Delegations {
		if r.ID == "" || seen[r.ID] {
			return false
		}
		seen[r.ID] = true
	}
	return true
}

func rowIndex(a *Answers, id string) int {
	return slices.IndexFunc(a.Delegations, func(r DelegationRow) bool { return r.ID == id })
}

// plan merges the plan field by field; focus areas one by one when both
// sides kept base's number of them, else the list is one answer.
func (m *merger) plan() {
	p := func(f func(p *Plan) *string) access[string] {
		return at(func(a *Answers) *string { return f(planOf(a)) })
	}
	list := func(f func(p *Plan) *[]string) access[[]string] {
		return at(func(a *Answers) *[]string { return f(planOf(a)) })
	}
	field(m, ClashPlan, "shift", "", p(func(p *Plan) *string { return &p.Shift }), showText)
	field(m, ClashPlan, "strengths", "", list(func(p *Plan) *[]string { return &p.Strengths }), showList)
	n := len(m.base.Plan.Focus)
	if m.hasBase && len(m.mine.Plan.Focus) == n && len(m.theirs.Plan.Focus) == n {
		for i := range n {
			field(m, ClashPlan, "focus", fmt.Sprint(i+1), at(func(a *Answers) *FocusArea {
				pl := planOf(a)
				for len(pl.Focus) <= i {
					pl.Focus = append(pl.Focus, FocusArea{})
				}
				return &pl.Focus[i]
			}), showFocus)
		}
	} else {
		field(m, ClashPlan, "focus", "", at(func(a *Answers) *[]FocusArea { return &planOf(a).Focus }), func(fs []FocusArea) string {
			var s []string
			for _, f := range fs {
				s = append(s, showFocus(f))
			}
			return showList(s)
		})
	}
	field(m, ClashPlan, "stopDoing", "", list(func(p *Plan) *[]string { return &p.StopDoing }), showList)
	field(m, ClashPlan, "day30", "", p(func(p *Plan) *string { return &p.Day30 }), showText)
	field(m, ClashPlan, "day60", "", p(func(p *Plan) *string { return &p.Day60 }), showText)
	field(m, ClashPlan, "day90", "", p(func(p *Plan) *string { return &p.Day90 }), showText)
	field(m, ClashPlan, "obstacles", "", at(func(a *Answers) *[]Obstacle { return &planOf(a).Obstacles }), func(os []Obstacle) string {
		var s []string
		for _, o := range os {
			s = append(s, o.Obstacle+" → "+o.Response)
		}
		return showList(s)
	})
	field(m, ClashPlan, "manager", "", p(func(p *Plan) *string { return &p.Manager }), showText)
	field(m, ClashPlan, "talk", "", list(func(p *Plan) *[]string { return &p.Talk }), showList)
	field(m, ClashPlan, "reviews", "", list(func(p *Plan) *[]string { return &p.Reviews }), showList)
	field(m, ClashPlan, "managerTalk", "", p(func(p *Plan) *string { return &p.ManagerTalk }), showText)
	field(m, ClashPlan, "buddy", "", p(func(p *Plan) *string { return &p.Buddy }), showText)
	field(m, ClashPlan, "buddyCheckIn", "", p(func(p *Plan) *string { return &p.BuddyCheckIn }), showText)
}

// planOf is a's plan, started empty if a has none.
func planOf(a *Answers) *Plan {
	if a.Plan == nil {
		a.Plan = &Plan{}
	}
	return a.Plan
}

// mergeHistory keeps what either side's history kept, mine first.
func mergeHistory(mine, theirs *History) *History {
	switch {
	case mine == nil && theirs == nil:
		return nil
	case mine == nil:
		return cloneHistory(theirs)
	case theirs == nil:
		return cloneHistory(mine)
	}
	h := cloneHistory(mine)
	for k, v := range theirs.Ratings {
		if _, ok := h.Ratings[k]; !ok {
			if h.Ratings == nil {
				h.Ratings = map[string]int{}
			}
			h.Ratings[k] = v
		}
	}
	if h.Plan == nil {
		h.Plan = theirs.Plan.clone()
	}
	return h
}

func cloneHistory(h *History) *History {
	c := *h
	c.Ratings = maps.Clone(h.Ratings)
	c.Plan = h.Plan.clone()
	return &c
}

// equal compares two values of an answer; an empty list equals no list.
func equal[V any](a, b V) bool {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	if va.Kind() == reflect.Slice && va.Len() == 0 && vb.Len() == 0 {
		return true
	}
	return reflect.DeepEqual(a, b)
}

// cloneValue copies a value so the merged answers share nothing with
// theirs.
func cloneValue[V any](v V) V {
	switch x := any(v).(type) {
	case []string:
		return any(slices.Clone(x)).(V)
	case []Obstacle:
		return any(slices.Clone(x)).(V)
	case []DelegationRow:
		return any(cloneRows(x)).(V)
	case FocusArea:
		x.Actions = slices.Clone(x.Actions)
		return any(x).(V)
	case []FocusArea:
		c := slices.Clone(x)
		for i := range c {
			c[i].Actions = slices.Clone(c[i].Actions)
		}
		return any(c).(V)
	}
	return v
}

func showText(s string) string {
	if strings.TrimSpace(s) == "" {
		return notAnswered
	}
	return s
}

func showNumber(v int) string {
	if v == 0 {
		return notAnswered
	}
	return fmt.Sprint(v)
}

func showRating(v int) string {
	if v == 0 {
		return notAnswered
	}
	return fmt.Sprintf("%d of %d", v, Scale)
}

func showList(s []string) string {
	if len(s) == 0 {
		return "(none)"
	}
	return strings.Join(s, "; ")
}

func showHours(h Hours) string {
	if h == (Hours{}) {
		return notAnswered
	}
	return fmt.Sprintf("technical %d h, people %d h, planning %d h, stakeholders %d h", h.Technical, h.People, h.Planning, h.Stakeholders)
}

func showRow(r DelegationRow) string {
	parts := []string{showText(r.What)}
	if r.Owner != "" {
		parts = append(parts, "to "+r.Owner)
	}
	if r.By != "" {
		parts = append(parts, "by "+r.By)
	}
	if r.Support != "" {
		parts = append(parts, "support: "+r.Support)
	}
	return strings.Join(parts, ", ")
}

func showRows(rs []DelegationRow) string {
	var s []string
	for _, r := range rs {
		s = append(s, showRow(r))
	}
	return showList(s)
}

func showFocus(f FocusArea) string {
	if f.Title == "" && f.Goal.Specific == "" {
		return "(empty)"
	}
	s := f.Title
	if f.Goal.Specific != "" {
		s += ": " + f.Goal.Specific
	}
	if f.FirstStep != "" {
		s += "; first step: " + f.FirstStep
	}
	return s
}

// Label names the clashing answer for the participant, in the words of
// the content pack c (nil for generic words).
func (c Clash) Label(content *Content) string {
	switch c.Kind {
	case ClashParticipant:
		return map[string]string{"name": "Your name", "role": "Your role", "teamSize": "Your team's size",
			"leadershipTime": "Your time in leadership", "manager": "Your manager", "team": "Your team's first names"}[c.ID]
	case ClashRating:
		if content != nil {
			if it := content.Item(c.ID); it != nil {
				if it.IsScenario() {
					return "Scenario: " + it.Situation
				}
				return "Statement: " + it.Text
			}
		}
		return "Rating " + c.ID
	case ClashReflection:
		if content != nil {
			for _, d := range content.Dimensions {
				for _, p := range d.Prompts {
					if p.ID == c.ID {
						return "Reflection: " + p.Text
					}
				}
			}
			if p := content.Practice(c.ID); p != nil {
				return "What I would say: " + p.Title
			}
		}
		return "Reflection " + c.ID
	case ClashExpectation:
		text := "Expectation " + c.ID
		if content != nil {
			for _, e := range content.Expectations {
				if e.ID == c.ID {
					text = "Expectation: " + e.Statement
				}
			}
		}
		if c.Part == "me" {
			return text + " (you)"
		}
		return text + " (your organisation)"
	case ClashSkill:
		text := "Skill " + c.ID
		if content != nil {
			if s := content.Skill(c.ID); s != nil {
				text = "Skill: " + s.Name
			}
		}
		if c.Part == "current" {
			return text + " (your level today)"
		}
		return text + " (importance for your role)"
	case ClashDelegation:
		if c.ID == "" {
			return "Your delegation map"
		}
		what := c.Mine
		if what == "(deleted)" {
			what = c.Theirs
		}
		return "Delegation map row: " + strings.SplitN(what, ",", 2)[0]
	case ClashWeek:
		if c.ID == "today" {
			return "Your week today"
		}
		return "Your week in 90 days"
	case ClashCount:
		return Source(c.ID).CountQuestion()
	case ClashPlan:
		if c.ID == "focus" && c.Part != "" {
			return "Plan: focus area " + c.Part
		}
		return map[string]string{"shift": "Plan: the shift I am making", "strengths": "Plan: strengths to build on",
			"focus": "Plan: focus areas", "stopDoing": "Plan: what I stop doing", "day30": "Plan: after 30 days",
			"day60": "Plan: after 60 days", "day90": "Plan: after 90 days", "obstacles": "Plan: obstacles",
			"manager": "Plan: what my manager commits to", "talk": "Plan: to talk through", "reviews": "Plan: review dates",
			"managerTalk": "Plan: the conversation with my manager", "buddy": "Plan: my buddy", "buddyCheckIn": "Plan: the check-in with my buddy"}[c.ID]
	case ClashShare:
		return "Sharing your plan with the facilitator"
	}
	return string(c.Kind) + " " + c.ID
}
