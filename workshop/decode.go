package workshop

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/leadshift/leadshift/workshop/strictjson"
)

// Limits on what a decoder accepts, so a hostile file cannot exhaust memory.
const (
	MaxFileSize   = 4 << 20 // bytes in a content pack or answers file
	MaxText       = 4000    // characters in one answer
	MaxRows       = 200     // delegation rows
	MaxTeamSize   = 100000
	maxMapEntries = 1000
	maxCount      = 1000 // a count of the week
	maxHours      = 168  // hours in a week
)

// DecodeContent reads and validates a content pack.
func DecodeContent(r io.Reader) (*Content, error) {
	var c Content
	if err := decodeStrict(r, &c, ContentFormat, &c.Format); err != nil {
		return nil, err
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// DecodeAnswers reads and checks an answers file. It checks the file on its
// own; CheckAgainst checks it against a content pack.
func DecodeAnswers(r io.Reader) (*Answers, error) {
	var a Answers
	if err := decodeStrict(r, &a, AnswersFormat, &a.Format); err != nil {
		return nil, err
	}
	if a.Version < 1 || a.Version > AnswersVersion {
		return nil, &FieldError{Field: "version", Problem: fmt.Sprintf("is %d, this LeadShift reads versions 1 to %d", a.Version, AnswersVersion)}
	}
	if err := a.check(); err != nil {
		return nil, err
	}
	a.ensureMaps()
	a.Participant.Team = CleanTeam(a.Participant.Team)
	a.upgrade()
	return &a, nil
}

// EncodeAnswers writes answers as indented JSON.
func EncodeAnswers(w io.Writer, a *Answers) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(a)
}

// decodeStrict decodes exactly one JSON object of at most MaxFileSize bytes
// with no unknown fields into v, and checks its format marker, which the
// decoding writes to got: another format is named as such rather than as
// the unknown fields it brings. The document is decoded once; only a
// document that fails is read again for its format.
func decodeStrict(r io.Reader, v any, format string, got *string) error {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return fmt.Errorf("reading: %w", err)
	}
	if len(data) > MaxFileSize {
		return fmt.Errorf("file is larger than %d MB", MaxFileSize>>20)
	}
	if !utf8.Valid(data) {
		return errors.New("file is not UTF-8 text")
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return errors.New("file is empty")
	}
	if trimmed[0] != '{' {
		return errors.New("not a LeadShift file: it does not start with a JSON object")
	}
	if err := strictjson.Unmarshal(data, v); err != nil {
		var head struct {
			Format string `json:"format"`
		}
		if herr := json.Unmarshal(data, &head); herr != nil {
			return describeJSONError(data, herr)
		}
		if head.Format != format {
			return formatError(head.Format, format)
		}
		return describeJSONError(data, err)
	}
	if *got != format {
		return formatError(*got, format)
	}
	return nil
}

// formatError names a document of another format than the one wanted.
func formatError(got, want string) error {
	return &FieldError{Field: "format", Problem: fmt.Sprintf("is %q, want %q", got, want)}
}

func describeJSONError(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) ||
		(errors.As(err, &syn) && syn.Offset >= int64(len(data))):
		return errors.New("file is truncated: the JSON ends early")
	case errors.As(err, &syn) && strings.Contains(syn.Error(), "after top-level value"):
		return errors.New("unexpected data after the JSON object")
	case errors.As(err, &syn):
		line := bytes.Count(data[:min(int(syn.Offset), len(data))], []byte("\n")) + 1
		return fmt.Errorf("not valid JSON at line %d: %v", line, syn)
	case errors.As(err, &typ):
		return &FieldError{Field: typ.Field, Problem: fmt.Sprintf("has a %s, want %s", typ.Value, typ.Type)}
	}
	return fmt.Errorf("not a valid file: %w", err)
}

// check enforces ranges and sizes on a decoded answers record.
func (a *Answers) check() error {
	if err := checkBounds(a); err != nil {
		return err
	}
	if a.Step.Index() < 0 {
		return &FieldError{Field: "step", Problem: fmt.Sprintf("%q is not a step", a.Step)}
	}
	if a.Participant.TeamSize < 0 || a.Participant.TeamSize > MaxTeamSize {
		return &FieldError{Field: "participant.teamSize", Problem: "is out of range"}
	}
	for i, n := range a.Participant.Team {
		if utf8.RuneCountInString(n) > MaxName {
			return &FieldError{Field: fmt.Sprintf("participant.team[%d]", i), Problem: fmt.Sprintf("is longer than %d characters", MaxName)}
		}
	}
	if len(a.Ratings)+len(a.Reflections)+len(a.Expectations)+len(a.Skills) > maxMapEntries {
		return &FieldError{Field: "ratings", Problem: "has too many entries"}
	}
	for id, v := range a.Ratings {
		if v < 0 || v > Scale {
			return &FieldError{ItemID: id, Field: "ratings", Problem: fmt.Sprintf("%d is not 1 to %d", v, Scale)}
		}
	}
	for id, p := range a.Expectations {
		if p.Me < 0 || p.Me > Scale || p.Org < 0 || p.Org > Scale {
			return &FieldError{ItemID: id, Field: "expectations", Problem: fmt.Sprintf("ratings must be 1 to %d", Scale)}
		}
	}
	for id, s := range a.Skills {
		if s.Current < 0 || s.Current > Scale || s.Importance < 0 || s.Importance > Scale {
			return &FieldError{ItemID: id, Field: "skills", Problem: fmt.Sprintf("ratings must be 1 to %d", Scale)}
		}
	}
	for src, v := range a.Week.Counts {
		if !src.IsCount() || v < 0 || v > maxCount {
			return &FieldError{Field: "week.counts", Problem: fmt.Sprintf("%q must be one of the week's counts, from 0 to %d", src, maxCount)}
		}
	}
	for _, h := range []Hours{a.Week.Today, a.Week.Target} {
		if min(h.Technical, h.People, h.Planning, h.Stakeholders) < 0 || h.Total() > maxHours {
			return &FieldError{Field: "week", Problem: fmt.Sprintf("hours must be 0 or more and add up to at most %d", maxHours)}
		}
	}
	if len(a.Delegations) > MaxRows {
		return &FieldError{Field: "delegations", Problem: fmt.Sprintf("has more than %d rows", MaxRows)}
	}
	for i, r := range a.Delegations {
		if r.Kind != "" && !slices.Contains(RowKinds, r.Kind) {
			return &FieldError{Field: fmt.Sprintf("delegations[%d].kind", i), Problem: fmt.Sprintf("%q is not one of hold, standard, handed or note", r.Kind)}
		}
		if r.OwnerKind != "" && !slices.Contains([]OwnerKind{OwnerPerson, OwnerRota, OwnerUndecided}, r.OwnerKind) {
			return &FieldError{Field: fmt.Sprintf("delegations[%d].ownerKind", i), Problem: fmt.Sprintf("%q is not one of person, rota or undecided", r.OwnerKind)}
		}
	}
	if len(a.Tags) > maxMapEntries {
		return &FieldError{Field: "reflectionTags", Problem: "has too many entries"}
	}
	for id, tags := range a.Tags {
		if len(tags) > MaxTags {
			return &FieldError{ItemID: id, Field: "reflectionTags", Problem: fmt.Sprintf("has more than %d tags", MaxTags)}
		}
	}
	if a.Plan != nil && len(a.Plan.Focus) > MaxFocus {
		return &FieldError{Field: "plan.focus", Problem: fmt.Sprintf("has more than %d focus areas", MaxFocus)}
	}
	if a.Plan != nil {
		for i, f := range a.Plan.Focus {
			for _, act := range f.Actions {
				if !slices.Contains(Kinds, act.Kind) {
					return &FieldError{Field: fmt.Sprintf("plan.focus[%d].actions", i), Problem: fmt.Sprintf("kind %q is not 70, 20 or 10", act.Kind)}
				}
			}
		}
	}
	if err := a.checkFollowUp(); err != nil {
		return err
	}
	texts := a.texts()
	for _, field := range slices.Sorted(maps.Keys(texts)) {
		if utf8.RuneCountInString(texts[field]) > MaxText {
			return &FieldError{Field: field, Problem: fmt.Sprintf("is longer than %d characters", MaxText)}
		}
	}
	return nil
}

// texts lists every free-text answer by field name.
func (a *Answers) texts() map[string]string {
	t := map[string]string{
		"participant.name": a.Participant.Name, "participant.role": a.Participant.Role,
		"participant.manager": a.Participant.Manager, "participant.leadershipTime": a.Participant.LeadershipTime,
	}
	for id, s := range a.Reflections {
		t["reflections."+id] = s
	}
	for id, s := range a.Rehearsals {
		t["rehearsals."+id] = s
	}
	for i, r := range a.Delegations {
		p := fmt.Sprintf("delegations[%d].", i)
		t[p+"what"], t[p+"type"], t[p+"owner"], t[p+"support"], t[p+"by"] = r.What, r.Type, r.Owner, r.Support, r.By
	}
	if a.Plan == nil {
		return t
	}
	pl := a.Plan
	t["plan.day30"], t["plan.day60"], t["plan.day90"] = pl.Day30, pl.Day60, pl.Day90
	t["plan.shift"], t["plan.manager"], t["plan.note"] = pl.Shift, pl.Manager, pl.Note
	t["plan.managerTalk"], t["plan.buddy"], t["plan.buddyCheckIn"] = pl.ManagerTalk, pl.Buddy, pl.BuddyCheckIn
	for _, list := range []struct {
		name string
		xs   []string
	}{{"strengths", pl.Strengths}, {"stopDoing", pl.StopDoing}, {"talk", pl.Talk}, {"reviews", pl.Reviews}} {
		for i, x := range list.xs {
			t[fmt.Sprintf("plan.%s[%d]", list.name, i)] = x
		}
	}
	for i, o := range pl.Obstacles {
		t[fmt.Sprintf("plan.obstacles[%d].obstacle", i)], t[fmt.Sprintf("plan.obstacles[%d].response", i)] = o.Obstacle, o.Response
	}
	for i, f := range pl.Focus {
		p := fmt.Sprintf("plan.focus[%d].", i)
		t[p+"title"], t[p+"why"], t[p+"measure"], t[p+"support"] = f.Title, f.Why, f.Measure, f.Support
		t[p+"firstStep"], t[p+"firstStepDate"], t[p+"ifThen"] = f.FirstStep, f.FirstStepDate, f.IfThen
		t[p+"goal.specific"], t[p+"goal.measurable"], t[p+"goal.achievable"] = f.Goal.Specific, f.Goal.Measurable, f.Goal.Achievable
		t[p+"goal.relevant"], t[p+"goal.timeBound"], t[p+"goal.by"] = f.Goal.Relevant, f.Goal.TimeBound, f.Goal.By
		t[p+"goal.baseline"], t[p+"goal.target"] = f.Goal.Baseline, f.Goal.Target
		for j, act := range f.Actions {
			t[fmt.Sprintf("%sactions[%d]", p, j)] = act.Text
		}
	}
	return t
}

// Touch records a change at time now.
func (a *Answers) Touch(now time.Time) { a.Updated = now.UTC() }
