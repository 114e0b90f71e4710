package workshop

// RowKind says what a row of the delegation map is, in the participant's
// own judgement, chosen when the row is added. Only the kind decides what
// the row counts for in the analysis: writing a row is never evidence by
// itself.
type RowKind string

// The row kinds. An empty kind is a row not yet sorted: it counts for
// nothing until the participant says what it is.
const (
	RowHold     RowKind = "hold"     // I still do this, and someone else should
	RowStandard RowKind = "standard" // someone is not meeting a standard: a conversation, not a hand-over
	RowHanded   RowKind = "handed"   // already handed over
	RowNote     RowKind = "note"     // just noting it
)

// RowKinds lists the kinds in the order the delegation map offers them.
var RowKinds = []RowKind{RowHold, RowStandard, RowHanded, RowNote}

// Label is the kind as the delegation map asks it.
func (k RowKind) Label() string {
	switch k {
	case RowHold:
		return "I still do this, and someone else should"
	case RowStandard:
		return "Someone is not meeting a standard (a conversation, not a hand-over)"
	case RowHanded:
		return "Already handed over"
	case RowNote:
		return "Just noting it"
	}
	return "Not sorted yet"
}

// RowKindOf returns the kind whose label is s, or "" when none is.
func RowKindOf(label string) RowKind {
	for _, k := range RowKinds {
		if k.Label() == label {
			return k
		}
	}
	return ""
}

// TagOther is the reflection tag for "something else": the participant
// says the reflection is about none of the pack's skills.
const TagOther = "other"

// MaxTags is the most tags one reflection carries.
const MaxTags = 4

// RowsOf returns the filled rows of the map of one kind.
func (a *Answers) RowsOf(k RowKind) []DelegationRow {
	var out []DelegationRow
	for _, r := range a.FilledRows() {
		if r.Kind == k {
			out = append(out, r)
		}
	}
	return out
}
