package workshop

// Supplier is the if-then for a standard on my map that a supplier is
// not meeting: the first standard row whose text or owner has one of
// Cues ("supplier", "contract", "account manager"). A supplier is held
// to the contract through the person who answers for it, with the
// evidence, not named to "the person" like a team member. IfThen names
// {person} (who the conversation is with) and {support} (what the row's
// support lists: the log, the contract clause); IfThenAny is used when
// the row names no support.
type Supplier struct {
	Cues      []string `json:"cues"`
	IfThen    string   `json:"ifThen"`
	IfThenAny string   `json:"ifThenAny"`
}

// SaidIfThen is an if-then for what my own words say the trouble is: a
// sentence of my reflections with one of Cues (read like a skill's cues).
type SaidIfThen struct {
	Cues   []string `json:"cues"`
	IfThen string   `json:"ifThen"`
}
