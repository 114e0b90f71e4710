package analysis

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leadshift/leadshift/workshop"
)

// notAnOwner matches what people type in "who could own it" when nobody
// owns it yet: nobody, me, not sure, not decided, a question mark.
var notAnOwner = regexp.MustCompile(`(?i)^\s*(?:(?:nobody|no one|noone|none|tbd|tbc|me|myself|i do|not sure|not decided|undecided|to be decided|don'?t know|unknown)\b|(?:n/a|[?\-–]+)\s*$)`)

// rotaWord is the last word of an owner that is a rota, before any
// words in brackets ("On-call rota (Piet, Alina)").
var rotaWord = regexp.MustCompile(`(?i)\brota(?:tion)?$`)

// bracketed are words in brackets at the end of an owner.
var bracketed = regexp.MustCompile(`\s*\([^()]*\)$`)

// rowOwner is a delegation row's owner as the plan writes it.
type rowOwner struct {
	kind workshop.OwnerKind // a person (or a role or rule), a rota, or undecided
	// name is how the owner reads inside a sentence: a person's name as
	// typed, a role or a rule lower-case ("the team, by rule"), a rota
	// as a common noun ("the on-call rota"); "" when undecided.
	name string
	// up is set when the owner is my own manager: the row goes back up
	// to be decided there, not down to the team.
	up bool
	// offer is who my words say offered to take on a row whose owner is
	// not decided yet (offered): named first, with the choice still open
	// until decideBy, when the plan's first step dates it.
	offer, decideBy string
}

// ownerOffered is ownerOf, with the one my words say offered to take on
// a row whose owner is not decided yet, and the date the first step
// decides it by ("" when no step does).
func ownerOffered(a *workshop.Answers, r workshop.DelegationRow, decideBy string) rowOwner {
	o := ownerOf(r, a.Participant)
	if o.kind == workshop.OwnerUndecided {
		o.offer, _ = offered(a, r)
		o.decideBy = decideBy
		if r.By != "" && r.By < decideBy {
			o.decideBy = r.By // as the first step dates it
		}
	}
	return o
}

// decidedBy is the date a focus area's first step decides who takes
// over my first held row: its own date, when the focus is about
// hand-overs (its first step is that decision); "" otherwise.
func decidedBy(g workshop.Guide, date string) string {
	if g.Indicator.Source != workshop.SourceHandovers {
		return ""
	}
	return date
}

// handOverDecided is the date the plan's first step decides who takes
// over r: the hand-over focus area's, when r is the first row I still
// hold (the row that step decides); "" otherwise.
func handOverDecided(c *workshop.Content, a *workshop.Answers, focus []workshop.FocusArea, r workshop.DelegationRow) string {
	if hold := a.RowsOf(workshop.RowHold); len(hold) == 0 || rowKey(hold[0]) != rowKey(r) {
		return ""
	}
	for _, f := range focus {
		if date := decidedBy(guideOf(c, f), f.FirstStepDate); date != "" {
			return date
		}
	}
	return ""
}

// chosen is who takes over a row whose owner is not decided yet, before
// or (past) after the choice: the one who offered, with the choice still
// open until the first step's date, else the person I choose.
func (o rowOwner) chosen(past bool) string {
	verb, when := "choose", " by "
	if past {
		verb, when = "chose", " on "
	}
	switch {
	case o.offer != "" && o.decideBy != "":
		return o.offer + " (or whoever I " + verb + when + workshop.Long(o.decideBy) + ")"
	case o.offer != "":
		return o.offer + " (or whoever I " + verb + " instead)"
	}
	return "the person I " + verb + " for it"
}

// ownerOf reads the owner of r, a row of participant p. An owner picked
// from the choices, or typed as one of the team's names, says what it
// is; any other is read by its words. Nobody, not decided, me, myself or
// the participant's own name is a decision still to make, never an
// owner.
func ownerOf(r workshop.DelegationRow, p workshop.Participant) rowOwner {
	s := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(r.Owner), ".,;:!?"))
	kind := r.OwnerKind
	if kind == "" {
		kind = p.OwnerKindOf(s)
	}
	if kind == "" {
		switch {
		case s == "" || notAnOwner.MatchString(s):
			kind = workshop.OwnerUndecided
		case rotaWord.MatchString(bracketed.ReplaceAllString(s, "")):
			kind = workshop.OwnerRota
		}
	}
	if s == "" || notAnOwner.MatchString(s) || p.Name != "" && strings.EqualFold(workshop.CleanName(s), workshop.CleanName(p.Name)) {
		kind = workshop.OwnerUndecided
	}
	switch kind {
	case workshop.OwnerUndecided:
		return rowOwner{kind: kind}
	case workshop.OwnerRota:
		return rowOwner{kind: kind, name: rota(s)}
	case workshop.OwnerPerson:
		return rowOwner{kind: kind, name: s, up: isManager(s, p.Manager)}
	}
	return rowOwner{kind: workshop.OwnerPerson, name: roleOrName(s), up: isManager(s, p.Manager)}
}

// isManager reports whether a typed owner names my manager: the same
// first name, whatever follows ("Mark, when Finance asks for more").
func isManager(owner, manager string) bool {
	first := func(s string) string {
		f, _, _ := strings.Cut(strings.TrimSpace(s), " ")
		return strings.ToLower(strings.Trim(f, ",;:."))
	}
	return manager != "" && first(owner) != "" && first(owner) == first(manager)
}

// person is the owner as someone to talk with, or alt when the owner is
// a rota, a rule for whoever happens to do it that names nobody
// ("Whoever is doing the change"), or not decided.
func (o rowOwner) person(alt string) string {
	if o.kind != workshop.OwnerPerson || anyone.MatchString(o.name) && !namesSomeone(o.name) {
		return alt
	}
	return o.short()
}

// short is a person's name without what I typed beside it ("Lin, as
// decision owner with a decide-by date" is Lin, "Marta (network
// engineer)" Marta): all of it is said once, on the stop-doing line. A
// role or a rule keeps its words, which say who it is.
func (o rowOwner) short() string {
	head, _, _ := strings.Cut(o.name, ",")
	if i := strings.Index(head, "("); i >= 0 {
		head = head[:i]
	}
	head = strings.TrimSpace(head)
	if r, _ := utf8.DecodeRuneInString(head); o.kind != workshop.OwnerPerson || head == "" || !unicode.IsUpper(r) {
		return o.name
	}
	return head
}

// namesSomeone reports whether a word after the first starts with a
// capital: "whoever is on the change rota, Kieran included".
func namesSomeone(s string) bool {
	for _, w := range strings.Fields(s)[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// anyOwner is who the plan talks with about a row nobody owns by name.
const anyOwner = "the team"

// anyone is an owner that is a rule for whoever does the work, not
// someone to sit down with.
var anyone = regexp.MustCompile(`(?i)^(?:whoever|whichever|anyone|anybody|everyone|everybody|each)\b`)

// inside is the owner's name followed by more of the sentence: a name
// with an aside ("the team, by rule") closes it with a comma.
func (o rowOwner) inside() string { return closeAside(o.name) }

// roleOrName is a typed owner as it reads inside a sentence. A person's
// name is kept as typed; a role or a rule ("The team, by rule",
// "Whoever is on call") starts lower-case, and a role named without an
// article ("Service desk lead of the day") takes "the".
func roleOrName(s string) string {
	word, _, _ := strings.Cut(s, " ")
	word = strings.ToLower(strings.Trim(word, ","))
	switch {
	case determiners[word]:
		return lowerInitial(s)
	case roleWords[word]:
		return theCommonNoun(s)
	}
	return s
}

// determiners are the first words of an owner that is a role or a rule.
var determiners = map[string]bool{"the": true, "whoever": true, "whichever": true, "a": true, "an": true, "our": true,
	"my": true, "each": true, "every": true, "one": true, "someone": true, "anyone": true}

// roleWords are the first words of a role named without an article
// ("On-call engineer", "Service desk", "Team").
var roleWords = map[string]bool{"on-call": true, "service": true, "duty": true, "senior": true, "junior": true,
	"first-line": true, "second-line": true, "third-line": true, "support": true, "helpdesk": true, "team": true,
	"lead": true, "leader": true, "engineer": true, "engineers": true, "technician": true, "technicians": true,
	"analyst": true, "admin": true, "administrator": true, "manager": true, "deputy": true, "network": true,
	"security": true, "infrastructure": true, "ops": true, "operations": true, "vendor": true, "supplier": true,
	"contractor": true, "shift": true, "night": true, "weekend": true, "new": true, "next": true, "whole": true,
	"current": true, "change": true, "release": true, "incident": true}

// rota is a rota as a common noun inside a sentence: "On-call rota"
// reads "the on-call rota", "A rota" reads "a rota".
func rota(s string) string {
	word, _, _ := strings.Cut(s, " ")
	switch {
	case s == "":
		return "a rota"
	case determiners[strings.ToLower(word)]:
		return lowerInitial(s)
	}
	return theCommonNoun(s)
}

// theCommonNoun is s as a common noun inside a sentence, with "the"
// before it: lower-case, unless it holds a proper name or an
// abbreviation ("the DBA rota", "the Service Desk rota"); words in
// brackets at its end are kept as typed.
func theCommonNoun(s string) string {
	brackets := bracketed.FindString(s)
	s = strings.TrimSuffix(s, brackets)
	common := true
	for i, w := range strings.Fields(s) {
		first, size := utf8.DecodeRuneInString(w)
		rest := w[size:]
		if i == 0 && rest != strings.ToLower(rest) || i > 0 && unicode.IsUpper(first) {
			common = false
		}
	}
	if common {
		s = lowerInitial(s)
	}
	return "the " + s + brackets
}

// lowerInitial is s with its first letter lower-case.
func lowerInitial(s string) string {
	first, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(first)) + s[size:]
}

// handOverStep is the first step for a row I still hold: ask its owner
// to take it over, put it on the rota, or decide by decideBy who takes
// it over.
func handOverStep(a *workshop.Answers, r workshop.DelegationRow, o rowOwner, decideBy string) string {
	what := rowName(r.What)
	switch o.kind {
	case workshop.OwnerRota:
		return fmt.Sprintf("Put \"%s\" on %s, and agree with the people on it what support they need from me.", what, o.name)
	case workshop.OwnerUndecided:
		if r.By != "" && r.By < decideBy {
			decideBy = r.By
		}
		step := fmt.Sprintf("Decide by %s who takes over \"%s\", and ask them", workshop.Long(decideBy), what)
		if name, said := offered(a, r); name != "" {
			step = fmt.Sprintf("Decide by %s who takes over \"%s\", %s first (“%s”), and ask them", workshop.Long(decideBy), what, name, said)
		}
		if r.By > decideBy {
			step += ", so it is handed over by " + workshop.Long(r.By)
		}
		return step + "."
	}
	if o.up {
		return fmt.Sprintf("Agree with %s that \"%s\" is decided by them, and how I pass it on.", closeAside(o.short()), what)
	}
	return fmt.Sprintf("Ask %s to take over \"%s\", and agree what support from me would help.", closeAside(o.short()), what)
}

// stopHolding is the start of a stop-doing line for a row I still hold:
// who owns it once I stop.
func stopHolding(what string, o rowOwner) string {
	// Quoted, the row reads right whether it names an activity or a thing.
	what = "I stop doing \"" + what + "\""
	if !myself.MatchString(what) {
		what += " myself"
	}
	switch o.kind {
	case workshop.OwnerRota:
		return fmt.Sprintf("%s: it goes on %s", what, o.name)
	case workshop.OwnerUndecided:
		return fmt.Sprintf("%s: %s owns it", what, o.chosen(false))
	}
	if o.up {
		return fmt.Sprintf("%s: it goes back to %s to decide", what, o.short())
	}
	return fmt.Sprintf("%s: %s %s it", what, o.inside(), o.owns())
}

// myself finds a row that already says I do it myself.
var myself = regexp.MustCompile(`(?i)\bmyself\b`)

// owns is the verb for the owner: "Kev owns it", "Jin and Anouk own it".
func (o rowOwner) owns() string {
	head, _, _ := strings.Cut(bracketed.ReplaceAllString(o.name, ""), ",")
	if strings.Contains(" "+head+" ", " and ") {
		return "own"
	}
	return "owns"
}

// handedOver is the milestone of a row I still hold, once handed over.
func handedOver(what string, o rowOwner) string {
	switch o.kind {
	case workshop.OwnerRota:
		return fmt.Sprintf("\"%s\" on %s", what, o.name)
	case workshop.OwnerUndecided:
		return fmt.Sprintf("\"%s\" handed over to %s", what, o.chosen(true))
	}
	if o.up {
		return fmt.Sprintf("\"%s\" left with %s to decide, as agreed", what, o.short())
	}
	return fmt.Sprintf("\"%s\" handed over to %s", what, o.short())
}

// taker is who a row is passed to when it lands on my desk again.
func (o rowOwner) taker() string {
	switch o.kind {
	case workshop.OwnerRota:
		return "whoever is on " + strings.TrimPrefix(o.name, "the ")
	case workshop.OwnerUndecided:
		return o.chosen(false)
	}
	return o.short()
}

// handOverTo is who a row goes to in the on-the-job action.
func handOverTo(o rowOwner) string {
	switch o.kind {
	case workshop.OwnerRota:
		return ", onto " + o.name
	case workshop.OwnerUndecided:
		return ", to " + o.chosen(false)
	}
	return ", to " + closeAside(o.short())
}

// rowName is a row of the map as it reads inside quotes in a sentence:
// spaces collapsed, a closing full stop dropped, and double quotes the
// person typed made single, so no quote ends early.
func rowName(typed string) string {
	s := strings.Join(strings.Fields(typed), " ")
	s = strings.NewReplacer("\"", "'", "\u201c", "'", "\u201d", "'").Replace(s)
	return strings.TrimRight(s, ". ")
}

// closeAside closes a name's aside with a comma before the sentence goes
// on: "whoever is on the change rota, Kieran included, about …".
func closeAside(name string) string {
	if strings.Contains(bracketed.ReplaceAllString(name, ""), ",") {
		return name + ","
	}
	return name
}

// concerned is who the conversation about a standard not met is with:
// the row's owner, the person I named beside myself ("Me, with the
// vendor account manager"), or whoever is responsible.
func concerned(r workshop.DelegationRow, p workshop.Participant) string {
	if m := meWith.FindStringSubmatch(r.Owner); m != nil {
		return roleOrName(unowned(strings.TrimRight(strings.TrimSpace(m[1]), ".,;:!?")))
	}
	return unowned(ownerOf(r, p).person("whoever is responsible for it"))
}

// unowned gives "their account manager" a referent in the plan's
// sentence: it is the account manager of what the row is about.
func unowned(who string) string {
	if rest, ok := strings.CutPrefix(strings.ToLower(who), "their "); ok {
		return "the " + rest
	}
	return who
}

// meWith finds an owner typed as myself with someone else.
var meWith = regexp.MustCompile(`(?i)^\s*(?:me|myself|i)\b[\s,]*(?:with|and|\+|&)\s+(\S.*)$`)

// checkFirst orders hand-overs for their check-ins, the riskiest first:
// those handed over with no support named ("none needed" is a judgement,
// and names it), then the furthest handed down (the highest level), the
// map's order among equals.
func checkFirst(rows []workshop.DelegationRow) []workshop.DelegationRow {
	unsupported := func(r workshop.DelegationRow) int {
		if s := strings.TrimSpace(r.Support); s == "" || isNone(s) {
			return 0
		}
		return 1
	}
	out := slices.Clone(rows)
	slices.SortStableFunc(out, func(x, y workshop.DelegationRow) int {
		if d := unsupported(x) - unsupported(y); d != 0 {
			return d
		}
		return y.Level - x.Level
	})
	return out
}

// offered is a team member my words say offered to take on the row's
// work, with the words that say so: a sentence that names them and an
// offer, in a reflection about the row ("Last week Kasia asked to do the
// Friday one"). The first such person the team list holds; "" for none.
func offered(a *workshop.Answers, r workshop.DelegationRow) (name, said string) {
	ids := make([]string, 0, len(a.Reflections))
	for id := range a.Reflections {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		text := a.Reflections[id]
		if rowWordsShared(r.What, text) < 2 {
			continue
		}
		for _, s := range sentences(text) {
			if !offerWords.MatchString(s.text) {
				continue
			}
			for _, n := range a.Participant.Team {
				if n = strings.TrimSpace(n); n != "" && hasWord(s.text, n) {
					if q := offerClause(s.text); utf8.RuneCountInString(q) <= maxOfferQuote {
						return n, q
					}
				}
			}
		}
	}
	return "", ""
}

// offerWords say someone offered to take work on.
var offerWords = regexp.MustCompile(`(?i)\b(asked to|asked if|asked whether|offered|volunteered|wants to|wanted to|keen to|would like to)\b`)

// maxOfferQuote is the longest offer quoted in a first step.
const maxOfferQuote = 70

// offerClause is the sentence up to where it turns away from the offer
// ("…the Friday one and I said I'd rather do it myself").
func offerClause(s string) string {
	for _, cut := range []string{" and I ", ", and I ", " but ", ", but "} {
		if i := strings.Index(s, cut); i > 0 {
			s = s[:i]
		}
	}
	return strings.TrimRight(s, ".,;: ")
}
