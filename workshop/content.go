// Package workshop is LeadShift's domain: the exercise content, a
// participant's answers, the scoring that turns answers into a readiness
// profile, expectation mismatches and skill gaps, and the personal action
// plan built from them. It imports no UI, network or database code.
package workshop

// ContentFormat and ContentVersion identify a content pack file.
const (
	ContentFormat  = "leadshift.content"
	ContentVersion = 2
)

// Scale is the number of points on every rating scale (1..Scale).
const Scale = 5

// Content is a content pack: every exercise of the workshop journey.
type Content struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	ID      string `json:"id"`
	Title   string `json:"title"`
	Edition string `json:"edition"`
	// Editions lists the pack's editions, oldest first, each with the
	// answers format version it was released with: answers without an
	// edition are read as made on the oldest edition of their version.
	Editions     []EditionInfo `json:"editions,omitempty"`
	Dimensions   []Dimension   `json:"dimensions"`
	Expectations []Expectation `json:"expectations"`
	Skills       []Skill       `json:"skills"`
	Delegation   Delegation    `json:"delegation"`
	RoleFocus    RoleFocus     `json:"roleFocus"`
	// CoreQuestions are the questions every participant takes to their
	// manager, whatever their answers (the five conversations of a new lead).
	CoreQuestions []string `json:"coreQuestions"`
	// CoreQuestionsNotYet replace them for someone not leading a team yet:
	// the conversation about the step, not about a team they do not have.
	CoreQuestionsNotYet []string `json:"coreQuestionsNotYet,omitempty"`
	// Manager holds the words for the participant's manager: the request
	// and the manager guide. Optional; LeadShift prints none without it.
	Manager *ManagerWords `json:"manager,omitempty"`
	// ThreeWay labels the comparison of my answers with my manager's.
	ThreeWay       ThreeWayWords   `json:"threeWay"`
	Contradictions []Contradiction `json:"contradictions"`
	// Routes name the skills that conversations with others point to:
	// expectations my organisation pushes or does not support (managing
	// up), those about people (one-to-ones), and standards someone is not
	// meeting (holding people accountable).
	Routes Routes `json:"routes"`
	// CountObstacles say what a count of the week that points to a focus
	// stands for, as an obstacle in the plan, and how to handle it.
	CountObstacles []CountObstacle `json:"countObstacles,omitempty"`
	// WaitObstacle is the belief that the trouble will settle by itself
	// after an event ("things will calm down after go-live"), in the
	// person's words, and the response to it; optional.
	WaitObstacle *WaitObstacle `json:"waitObstacle,omitempty"`
	// ManagerSlot is how a plan meets my manager when a first step asks
	// for a standing slot: the ask, the step when my answers say we
	// already have a regular one-to-one, and the support line; optional.
	ManagerSlot *ManagerSlot `json:"managerSlot,omitempty"`
	// Retired lists item IDs of earlier editions, so answers saved with
	// them still open: each is mapped to a current item or kept as history.
	Retired []Retired `json:"retired,omitempty"`
	// Debriefs are the facilitator's material for the phases of a live
	// workshop: the projector's question and the console's notes. A pack
	// without them shows neither.
	Debriefs []Debrief `json:"debriefs,omitempty"`
	// Practices are the trio practice rounds a live agenda may hold, and
	// the written rehearsals of a journey alone (practice.go).
	Practices []Practice `json:"practices,omitempty"`
	// Pulse is the team pulse of the day-90 re-assessment; optional.
	Pulse *Pulse `json:"pulse,omitempty"`
}

// CountObstacle is the obstacle a count of the week shows ({n} stands
// for the count) and the response to it.
type CountObstacle struct {
	Source   Source `json:"source"`
	Obstacle string `json:"obstacle"`
	Response string `json:"response"`
}

// WaitObstacle finds, by its cues, a sentence in which the person
// expects the trouble to settle by itself after an event, and answers it
// with Response ({measure}: what the first focus area counts, {manager}).
type WaitObstacle struct {
	Cues     []string `json:"cues"`
	Response string   `json:"response"`
}

// ManagerSlot: a first step that begins with Ask ({manager}) begins with
// Have instead when a row of my map about my manager, or a sentence of
// my reflections that names them, has one of Cues ("our fortnightly
// one-to-one"); otherwise the manager's support line meets at Support
// ({first}: the manager's first name), the slot the step asks for.
type ManagerSlot struct {
	Cues    []string `json:"cues"`
	Ask     string   `json:"ask"`
	Have    string   `json:"have"`
	Support string   `json:"support"`
}

// EditionInfo is one released edition of a pack.
type EditionInfo struct {
	Edition string `json:"edition"`
	Answers int    `json:"answers"` // the answers format version of that release
}

// Routes are the skills the analysis sends conversations to.
type Routes struct {
	ManagingUp string   `json:"managingUp"`
	People     string   `json:"people"`
	Standards  []string `json:"standards"`
}

// NoSkill is the skill of an item that is evidence for no skill, only for
// its dimension's score.
const NoSkill = "none"

// Contradiction is a pair of items that cannot both be true: rating both
// 4 or 5 is something to talk through, not to average away.
type Contradiction struct {
	A    string `json:"a"`
	B    string `json:"b"`
	Text string `json:"text"` // what to talk through, for the participant
}

// Retired maps an item of an earlier edition to today's pack. MapTo is a
// current item (a rating, reflection, expectation or skill ID of the same
// kind), or empty when the answer is kept only as history. Flip reverses a
// rating on the way (a statement that was reworded positively).
type Retired struct {
	ID    string `json:"id"`
	MapTo string `json:"mapTo,omitempty"`
	Flip  bool   `json:"flip,omitempty"`
}

// Dimension is one self-assessment dimension of the readiness profile.
type Dimension struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Seed        string   `json:"seed"`
	Skill       string   `json:"skill"` // skill (or the role focus) a low score points to
	Low         string   `json:"low"`   // interpretation under LowBand
	Mid         string   `json:"mid"`   // interpretation from LowBand to HighBand
	High        string   `json:"high"`  // interpretation from HighBand up
	Items       []Item   `json:"items"`
	Prompts     []Prompt `json:"prompts"`
}

// Item is one rated self-assessment statement or scenario.
//
// A statement is rated from 1 (strongly disagree) to 5 (strongly agree);
// Reverse marks statements where agreeing means less readiness. A scenario
// is rated from 1 (always the step-in response: I do it myself) to 5
// (always the hand-over one: the team does it). StepIn marks the scenarios
// where stepping in is the right judgement, so they score the other way.
type Item struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Seed      string `json:"seed"`
	Reverse   bool   `json:"reverse,omitempty"`
	Situation string `json:"situation,omitempty"`
	Rescue    string `json:"rescue,omitempty"` // the step-in response
	Lead      string `json:"lead,omitempty"`   // the hand-over response
	StepIn    bool   `json:"stepIn,omitempty"`
	// Skill is the skill (or the role focus) this item's wording is about,
	// which it is evidence for when answered on the less ready side, or
	// NoSkill. Every item names one: none falls back to its dimension's.
	Skill string `json:"skill"`
	// Since is the edition in which the item's wording last changed; empty
	// for the pack's first edition. Answers made on an earlier edition are
	// asked again.
	Since string `json:"since,omitempty"`
	// FollowUp marks the statements about limits and follow-up on
	// handed-over work: answered low, they are a sign of stepping in too
	// rarely.
	FollowUp bool `json:"followUp,omitempty"`
	// Flag, when set, is said to the participant if they agree (4 or 5)
	// with the item as written: one answer worth talking through.
	Flag string `json:"flag,omitempty"`
}

// IsScenario reports whether the item is a rescue-or-lead scenario.
func (it Item) IsScenario() bool { return it.Situation != "" }

// Prompt is an open reflection question.
type Prompt struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Seed  string `json:"seed"`
	Since string `json:"since,omitempty"` // the edition its question last changed
}

// Polarity says whether an expectation statement describes the job as it
// is (a role statement) or as it is often imagined (a myth).
type Polarity string

// The two polarities.
const (
	Role Polarity = "role"
	Myth Polarity = "myth"
)

// Expectation is a statement about the leadership role, rated twice: how
// much I expect it, and how much I believe my organisation expects it (or,
// when Provides is set, will provide it: pay, prestige, an easier week).
type Expectation struct {
	ID        string   `json:"id"`
	Statement string   `json:"statement"`
	Seed      string   `json:"seed"`
	Polarity  Polarity `json:"polarity"`
	Since     string   `json:"since,omitempty"` // the edition its statement last changed
	Provides  bool     `json:"provides,omitempty"`
	// Skill is what a role gap or a held myth points to: a skill, the role
	// focus, or empty when it is only a conversation with the manager.
	Skill string `json:"skill,omitempty"`
	// People marks statements about the people side of the role (one-to-
	// ones, developing people): not supported, they also point to the
	// People route.
	People    bool     `json:"people,omitempty"`
	Questions []string `json:"questions"` // to take to one's manager
}

// Skill is a leadership skill with written level anchors and suggested
// development actions.
type Skill struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Seed        string   `json:"seed"`
	Levels      []string `json:"levels"`          // exactly Scale anchors, level 1 first
	Since       string   `json:"since,omitempty"` // the edition its anchors last changed
	// After lists the focus areas this one waits for: chosen first, they
	// come before it (handing work over waits for a feud to be dealt with).
	After []string `json:"after,omitempty"`
	// Needed is the level a first-line lead needs; the 90-day target moves
	// one level towards it.
	Needed  int      `json:"needed"`
	Actions []Action `json:"actions"`
	Guide
	// Under is the guide for the opposite failure, when the answers show
	// stepping in too rarely (handing over too far, no check-ins): the
	// same skill, taught the other way. Optional.
	Under *Under `json:"under,omitempty"`
	// Holds says which rows of the delegation map wait for this focus
	// area's work before they are handed over. Optional.
	Holds *Holds `json:"holdsHandOvers,omitempty"`
	// Turns are the skill taught from another side, each chosen when the
	// evidence for the skill rests mostly on its items or words (asking
	// for feedback rather than giving it). Optional.
	Turns []Turn `json:"turns,omitempty"`
	// HeardLate, optional, writes the goal, if-then and actions from my
	// own words when they say who heard what too late, and from where
	// ("the KL team found out about the patch freeze from the build bot").
	HeardLate *HeardLate `json:"heardLate,omitempty"`
	// FromRow starts the focus area from a situation of my own: a row of
	// my map I only noted, or already handed over, that is about this
	// focus. Optional.
	FromRow *FromRow `json:"fromRow,omitempty"`
	// Repeats, optional, writes the goal and the on-the-job action from
	// the repeat problems my own map names.
	Repeats *Repeats `json:"repeats,omitempty"`
	// OwnPart, optional, is how a conversation about a standard someone
	// is not meeting starts when this focus area is chosen: with my own
	// part in it, when the focus is how the team is treated.
	OwnPart string `json:"ownPart,omitempty"`
	// Stories, optional, are what went wrong as people tell it (my
	// manager heard of a slip from someone else; I never told them the
	// work does not fit): the first story a sentence of mine tells sets
	// the focus area's measure and if-then, and the level my words show.
	Stories []Story `json:"stories,omitempty"`
	// Contradicts, optional, are the words that show I am not yet at a
	// level ("I tell myself it will settle" for stepping in when a
	// disagreement affects the work): a sentence of mine with one of a
	// rung's cues starts the plan one level below that rung when I rated
	// myself at or above it, as a story's Below does.
	Contradicts []LevelWords `json:"contradicts,omitempty"`
	// Upwards, optional, writes the focus area for the request my own
	// answers name to take upwards, in place of the pack's "the next
	// request".
	Upwards *Upwards `json:"upwards,omitempty"`
}

// LevelWords is one rung of a skill that my own words can show I am
// not yet at: Level (2 to 5) and the Cues that say so, read like a
// reflection's cues.
type LevelWords struct {
	Level int      `json:"level"`
	Cues  []string `json:"cues"`
}

// Story is one way a thing goes wrong, told in a sentence of my own: a
// sentence with one of Cues (read like a reflection's cues) tells it.
// Then the focus area counts what the story is about (Measure, with
// Baseline and Target, and Tally from the first step) and has its own
// trigger (IfThen). {manager} is my manager and {what} the moment my own
// words name (a row about my manager: "when a delivery date is at
// risk"; or what the sentence says I never told: "that the close does
// not fit"), {whatPast} the same in the past; a text with {what} is used
// only when my words name it, else its Any form. Below, optional, is the
// level whose anchor the story contradicts: a self-rating at or above it
// starts one level lower, with my sentence quoted. With Manager, the
// story is told only in a reflection that names my manager.
type Story struct {
	Cues       []string `json:"cues"`
	Manager    bool     `json:"manager,omitempty"`
	Below      int      `json:"below,omitempty"`
	Measure    string   `json:"measure"`
	MeasureAny string   `json:"measureAny"`
	Baseline   string   `json:"baseline"`
	Target     string   `json:"target"`
	Tally      string   `json:"tally"`
	TallyAny   string   `json:"tallyAny"`
	IfThen     string   `json:"ifThen"`
	IfThenAny  string   `json:"ifThenAny"`
	// Goal and GoalAny, optional, replace the specific goal: what to
	// agree with my manager so the story does not happen again.
	Goal    string `json:"goal,omitempty"`
	GoalAny string `json:"goalAny,omitempty"`
	// Aim, optional, is the 90-day level in the story's words, named in
	// place of the anchor of level Below when that is the target.
	Aim string `json:"aim,omitempty"`
	// FirstStep, optional, replaces the pack's first step when no row
	// of my map starts the focus area ({manager}).
	FirstStep string `json:"firstStep,omitempty"`
	// Milestones, optional, are the day 30, 60 and 90 lines when the
	// measure is an agreement rather than a count ({manager}).
	Milestones []string `json:"milestones,omitempty"`
	// Feeds, optional, is a focus area that starts from what the story's
	// agreement settles (the team's goals from this year's priorities).
	Feeds *Feeds `json:"feeds,omitempty"`
}

// Feeds: a focus area of Skill in the same plan takes FirstStep
// ({manager}, {when}: the day the agreement is due), dated after the
// milestone of Slot (0 day 30, 1 day 60) that says it is agreed; a
// count the first step started keeps its start date.
type Feeds struct {
	Skill     string `json:"skill"`
	FirstStep string `json:"firstStep"`
	Slot      int    `json:"slot"`
}

// Upwards is how a focus area is written when my answers name the thing
// I must take upwards myself: a row of my map whose text or owner has
// one of the skill's cues (a decision above me I would have to make the
// case for), else a request, a project or a system at risk named in a
// sentence of mine with one of the skill's cues or obstacle cues. Its
// sentences take {case} for the thing ("the storage refresh"),
// {manager} for my manager and {when} for when it is due (the row's
// date, or the next meeting my words name where it is decided; left out
// when none). Response answers a sentence of mine with one of the
// skill's cues when another focus area is chosen and the case belongs to
// it (the money I believe we would never get), and Milestone dates it.
type Upwards struct {
	FirstStep string `json:"firstStep"`
	Goal      string `json:"goal"`
	Measure   string `json:"measure"`
	Action    string `json:"action"`
	Response  string `json:"response"`
	Milestone string `json:"milestone"`
	// ActionModel, optional, is the on-the-job action when the case comes
	// from my own sentence about what fails for the business if the
	// system fails: that sentence is the model, {model}.
	ActionModel string `json:"actionModel,omitempty"`
	// Down, optional, is the if-then when my map keeps the other half
	// myself: a row I only noted, that stays mine, names the team and has
	// one of the skill's cues (telling the team about budget changes).
	Down string `json:"down,omitempty"`
	// DownResponse answers my own sentence about the team hearing such
	// news late (a sentence with one of the skill's cues that names the
	// team), quoted as an obstacle when Down is the if-then.
	DownResponse string `json:"downResponse,omitempty"`
}

// FromRow finds the row of my map a focus area starts from: a noted or
// handed-over row whose text has one of Cues (read like a reflection's
// cues), or that names my manager (Manager); with Held, first a row I
// still hold whose support I named (the support comes before the
// hand-over). FirstStep is then the first step, with {row} for the row,
// {manager} for my manager and {owner} for whoever does the row now.
type FromRow struct {
	Cues    []string `json:"cues,omitempty"`
	Manager bool     `json:"manager,omitempty"`
	Held    bool     `json:"held,omitempty"`
	// Action, IfThen, Obstacle and Response, optional, replace the on-the-
	// job action, the if-then and the obstacle when the row starts the
	// focus area (the same placeholders, and {people} for the people the
	// row's owner names).
	Action    string `json:"action,omitempty"`
	IfThen    string `json:"ifThen,omitempty"`
	Obstacle  string `json:"obstacle,omitempty"`
	Response  string `json:"response,omitempty"`
	FirstStep string `json:"firstStep"`
}

// Turn is a skill's guide and actions from one side of it: chosen when
// at least two thirds of the evidence for the skill (ratings aside) is
// about Items or quotes my words that have one of Cues; else when my map
// has a row of one of the kinds in Rows; else, when the evidence shows no
// side, when two thirds of all I wrote and mapped with a cue of the skill
// or its turns have one of Cues.
type Turn struct {
	ID    string   `json:"id"`
	Items []string `json:"items,omitempty"`
	Cues  []string `json:"cues,omitempty"`
	// Rows are the kinds of rows of the delegation map that choose the
	// turn (a standard someone is not meeting). Optional.
	Rows []RowKind `json:"rows,omitempty"`
	// Pushed chooses the turn when my organisation, as I see it, pushes
	// a picture of the role that I do not hold (an expectation in the
	// myth-pushed quadrant): the role is to be agreed, not guessed.
	Pushed bool `json:"pushed,omitempty"`
	// NotYet chooses the turn, before any other, when I do not lead a
	// team yet: the skill is practised for the role I prepare for.
	NotYet bool `json:"notYet,omitempty"`
	// Levels are the skill's level anchors in this side's words, the same
	// steps (exactly Scale, level 1 first): the 90-day target is named
	// from them. Optional: without them the skill's own anchors are used.
	Levels []string `json:"levels,omitempty"`
	Guide
	Actions []Action `json:"actions"`
}

// LevelsFor are the anchors a focus area's target is named from: the
// turn's own words for the skill's steps when it has them, else the
// skill's. Today's level stays the skill's anchor the person chose.
func (s *Skill) LevelsFor(turn string) []string {
	if t := s.Turn(turn); t != nil && len(t.Levels) == Scale {
		return t.Levels
	}
	return s.Levels
}

// Turn is the skill's turn with the id, or nil.
func (s *Skill) Turn(id string) *Turn {
	for i := range s.Turns {
		if s.Turns[i].ID == id {
			return &s.Turns[i]
		}
	}
	return nil
}

// Holds are the hand-overs a focus area holds back: rows whose owner is
// someone my own words for the focus name (People), or whose text names
// a quick fix (Cues, read like a reflection's cues). Clause ends their
// stop-doing line and Milestone says when the wait is over, at day 30
// (Slot 0) or day 60 (Slot 1); {people} names the people, {rows} the rows.
type Holds struct {
	People    bool     `json:"people,omitempty"`
	Cues      []string `json:"cues,omitempty"`
	Clause    string   `json:"clause"`
	Milestone string   `json:"milestone"`
	Slot      int      `json:"slot,omitempty"`
	// FirstStep, optional, is the focus area's first step when it holds
	// rows back: the work on them comes first.
	FirstStep string `json:"firstStep,omitempty"`
}

// Under is a skill's guide and actions for stepping in too rarely.
type Under struct {
	// Description, optional, is what the skill is on this side, in place
	// of the skill's own, when that says what only the usual side needs
	// ("and not taking them back" is no advice to a lead who steps in
	// too rarely).
	Description string `json:"description,omitempty"`
	Guide
	Actions []Action `json:"actions"`
}

// Guide is how a focus area becomes a development goal: what to aim at,
// how to measure it, the if-then plan for the trigger moment, the usual
// obstacle, and the words in a reflection that point to it.
type Guide struct {
	Goal string `json:"goal"`
	// FirstStep is the first thing to do this week when the person's own
	// rows give none, with {manager} for their manager's name.
	FirstStep string `json:"firstStep,omitempty"`
	// FirstStepWith is the first step when my own words for the focus
	// name two or more of the people it concerns, with {people} for them.
	FirstStepWith string `json:"firstStepWith,omitempty"`
	// FirstStepWithOne is the first step when my words for the focus name
	// exactly one of the people it concerns, with {people} for them.
	// Optional.
	FirstStepWithOne string `json:"firstStepWithOne,omitempty"`
	// FirstStepWithoutOneToOnes, optional, is the first step when
	// FirstStep happens at a one-to-one and the person said they hold no
	// regular ones: it books them first. {first} is ", starting with"
	// and the people my words for the focus name, or nothing.
	FirstStepWithoutOneToOnes string `json:"firstStepWithoutOneToOnes,omitempty"`
	// FirstStepSeenLeast, optional, is the first step when my words for
	// the focus single out a group as the one I see least ("the Dublin
	// lads I see every Tuesday, the KL and Montreal folks get a Slack
	// message"), with {group} for it.
	FirstStepSeenLeast string `json:"firstStepSeenLeast,omitempty"`
	// FirstStepEffort, optional, is the first step when my words for the
	// focus say what work people put in ("the team gave up two weekends
	// doing …"): {who}, {effort} ("giving up two weekends doing …") and
	// {manager}.
	FirstStepEffort string `json:"firstStepEffort,omitempty"`
	// IndicatorWith, optional, is the indicator when my words for the
	// focus name two or more of the people it concerns, with {people} in
	// its text, tally and short words: a count of what happens between
	// them rather than the pack's count of conversations.
	IndicatorWith *Indicator `json:"indicatorWith,omitempty"`
	// ActionWith, optional, is the on-the-job action when my words for
	// the focus name two or more of the people it concerns, with {people}
	// for them: the pack's "the next time two people disagree" becomes
	// theirs.
	ActionWith string `json:"actionWith,omitempty"`
	// FirstStepAfterTalk, optional, is the first step when an earlier
	// focus area already opens with the conversation about a standard
	// someone is not meeting: the step after that talk, so two focus areas
	// never open with the same act. {person} is who the talk is with,
	// {row} the standard, {affected} the others my words for the focus
	// name.
	FirstStepAfterTalk string `json:"firstStepAfterTalk,omitempty"`
	// Shift is the change in a line, "From … to …", in the first person:
	// the plan's shift line is written from the focus areas' shifts.
	Shift     string    `json:"shift,omitempty"`
	Indicator Indicator `json:"indicator"`
	// TargetAgreed, optional, is the target of hours when my own target
	// week sets none: what the focus area agrees ("the split agreed by
	// day 30"), rather than a number guessed for me.
	TargetAgreed string `json:"targetAgreed,omitempty"`
	IfThen       string `json:"ifThen"`
	// IfThenRow is the if-then written from the person's own first row
	// still held, with {row} for the row and {owner} for who takes it: a
	// trigger of their own rather than the pack's example.
	IfThenRow string `json:"ifThenRow,omitempty"`
	// Supplier, optional, is the if-then for a standard on my map that a
	// supplier is not meeting (workshop.Supplier).
	Supplier *Supplier `json:"supplier,omitempty"`
	// IfThenSaid, optional, are if-thens for what my words say the
	// trouble is: the first whose cues a sentence of my reflections has
	// replaces IfThen ("a favour on rotas" is not the trouble when a
	// former peer heard a technical call second-hand).
	IfThenSaid []SaidIfThen `json:"ifThenSaid,omitempty"`
	// Obstacle is the usual obstacle, offered as an example where the
	// person's answers name none; Response is how to handle it, used too
	// when my own words say the obstacle (a sentence with one of
	// ObstacleCues, read like Cues).
	Obstacle     string   `json:"obstacle"`
	Response     string   `json:"response"`
	ObstacleCues []string `json:"obstacleCues,omitempty"`
	// Replies, optional, answer the usual obstacle said in a particular
	// way ("it will settle once the migration is done" is a belief to
	// test, not a lack of time): a sentence of mine with one of a reply's
	// cues is quoted before those with only ObstacleCues, with the reply's
	// response.
	Replies []Reply `json:"replies,omitempty"`
	// CountObstacle, optional, says what the count the indicator reads
	// stands for when the focus is taught from this guide, in place of the
	// pack's countObstacles entry for it ({n} for the count; no source).
	CountObstacle *CountObstacle `json:"countObstacle,omitempty"`
	Cues          []string       `json:"cues,omitempty"`
}

// HeardLate is a focus area written from my words about news that
// reached people late: {who} heard {what} first from {from} ("anyone
// else" when my words do not say). Each sentence replaces the pack's.
type HeardLate struct {
	Goal   string `json:"goal"`
	IfThen string `json:"ifThen"`
	// Action replaces the on-the-job (70) action, Ask the one learned
	// from people (20).
	Action string `json:"action"`
	Ask    string `json:"ask"`
}

// Reply is the response to an obstacle said in the words of its Cues,
// with {person} and {people} for who the focus is about.
type Reply struct {
	Cues     []string `json:"cues"`
	Response string   `json:"response"`
}

// Indicator is a measurable signal of a focus area, read from the
// participant's week (see Week) so the plan starts with a real baseline.
type Indicator struct {
	Text   string `json:"text"`   // e.g. "escalations that come straight to me each week"
	Source Source `json:"source"` // which number of the week it is
	// Tally, optional, is how the first step starts counting, when Text
	// counts less than all of Source ("after an outage call"): the tally
	// says what the measure says. Without it, Source's own tally.
	Tally string `json:"tally,omitempty"`
	// Short, optional, is how the milestones name the count ("disagreements
	// between Ana and Ben brought to me"), with Per its period ("in four
	// weeks"): without it, Source's own words.
	Short string `json:"short,omitempty"`
	Per   string `json:"per,omitempty"`
	// Brings, optional, is the count of the week the behaviour measured
	// brings about (promises made on the spot cost evenings): past its
	// threshold and counted by no focus area, the milestones follow it.
	Brings Source `json:"brings,omitempty"`
}

// ShortWords is how the milestones name the indicator's count, and its
// period: its own words, else its source's.
func (i Indicator) ShortWords() (what, per string) {
	if i.Short != "" {
		return i.Short, i.Per
	}
	return i.Source.Short()
}

// TallyWords is how a first step starts counting the indicator ("note
// each …"): its own words, else its source's.
func (i Indicator) TallyWords() string {
	if i.Tally != "" {
		return i.Tally
	}
	return i.Source.Tally()
}

// RoleFocus is the focus area that is not a skill: deciding whether I
// want to lead at all, with the conversations that help decide.
type RoleFocus struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Description string   `json:"description"`
	Seed        string   `json:"seed"`
	Actions     []Action `json:"actions"`
	Guide
}

// Action is a suggested development action, tagged with its 70-20-10 kind.
type Action struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Kind Kind   `json:"kind"`
}

// Kind is the 70-20-10 category of a development action.
type Kind string

// The three 70-20-10 kinds.
const (
	Experience Kind = "70" // learning on the job
	People     Kind = "20" // learning from others: mentor, coach, peers
	Courses    Kind = "10" // formal learning: courses, books
)

// Kinds lists the 70-20-10 kinds in plan order.
var Kinds = []Kind{Experience, People, Courses}

// Label names the kind for people.
func (k Kind) Label() string {
	switch k {
	case Experience:
		return "70% - on the job"
	case People:
		return "20% - with other people"
	case Courses:
		return "10% - courses and reading"
	}
	return string(k)
}

// Delegation is the delegation-map exercise.
type Delegation struct {
	Seed   string   `json:"seed"`
	Intro  string   `json:"intro"`
	Types  []string `json:"types"`   // e.g. decision, escalation, task
	Levels []string `json:"levels"`  // delegation levels, "I decide and tell" first
	Hints  []string `json:"hints"`   // examples of what lands on a new lead
	MinRow int      `json:"minRows"` // rows required to complete the exercise
	// OneOff, optional, tells a single decision due by a date from work
	// that recurs.
	OneOff *OneOff `json:"oneOff,omitempty"`
}

// OneOff is a row of the map that is one decision made once by a date
// ("Lin, as decision owner with a decide-by date"): its owner or support
// has one of Cues. The plan says who decides it by when, not that it is
// passed on each time it lands, and its if-then is IfThen: the habit
// about decisions that wait.
type OneOff struct {
	Cues   []string `json:"cues"`
	IfThen string   `json:"ifThen"`
}

// Item returns the self-assessment item with the given ID, or nil.
func (c *Content) Item(id string) *Item {
	for i := range c.Dimensions {
		for j := range c.Dimensions[i].Items {
			if c.Dimensions[i].Items[j].ID == id {
				return &c.Dimensions[i].Items[j]
			}
		}
	}
	return nil
}
