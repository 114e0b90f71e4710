// Package journey is the participant's journey: the stepper (step list,
// progress, back and next) and one screen per step, from the check-in to
// taking the plan home. Screens only show and collect answers; saving the
// plan or the answers goes through Files, the live room through Room, and
// everything else through Shell, so tests can pass fakes. To add an
// exercise, add its step in package workshop and its screen here (one
// file), then a case in Journey.newScreen.
//
// The participant's manager comes in here too: the "Your manager" card
// (ask, add the answers sent back, type in paper answers), the request
// dialog and the three-way comparison; and the manager's form
// (ManagerForm, paged with the journey's pager), which the shell shows to
// a manager answering a request, or to a participant typing in their
// manager's paper answers. The manager's answers are kept beside the
// participant's (Session.Manager), never in them, so a room never gets them.
package journey

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/service"
)

// Shell is what the journey needs from the app around it.
type Shell interface {
	Home()
	ShowError(title string, err error)
	ChooseSave(name string, done func(path string))
	ChooseOpen(done func(path string))
	// TypeManagerAnswers shows the manager's form for request q, for the
	// participant to type in the answers their manager wrote on paper,
	// and calls done with them when the participant adds them (never
	// when they leave the form instead).
	TypeManagerAnswers(q *manager.Request, done func(r *manager.Response))
	Tasks() *bridge.Tasks
	App() fyne.App // preferences and opening files
	Window() fyne.Window
	// ChooseAnswers asks, for each answer changed both on this laptop and
	// in the room (another laptop), which value to keep: takeRoom[i] for
	// the room's value of clashes[i].
	ChooseAnswers(c *workshop.Content, clashes []workshop.Clash, done func(takeRoom []bool))
}

// Files writes what the participant takes home; *service.Files is one.
type Files interface {
	SavePlan(path string, c *workshop.Content, a *workshop.Answers, p service.Print) error
	// SavePlanOf prints plan, not the answers' own (an earlier plan kept
	// in their history), with only the plan pages.
	SavePlanOf(path string, c *workshop.Content, a *workshop.Answers, plan *workshop.Plan, p service.Print) error
	ExportAnswers(path string, a *workshop.Answers) error
	// SaveRequest writes a request for the participant's manager;
	// OpenResponse reads and checks the manager's response file.
	SaveRequest(path string, q *manager.Request) error
	OpenResponse(path string) (*manager.Response, error)
	// SaveRequestPDF prints a request for a manager who prefers paper;
	// SaveGuide prints the one-page guide for managers.
	SaveRequestPDF(path string, c *workshop.Content, q *manager.Request, p service.Print) error
	SaveGuide(path string, c *workshop.Content, p service.Print) error
	// SaveCalendar writes the plan's dates as an iCalendar file and says
	// how many dates it holds.
	SaveCalendar(path string, a *workshop.Answers, now time.Time) (int, error)
	// SavePulseSheet prints the team pulse sheet of the re-assessment.
	SavePulseSheet(path string, c *workshop.Content, p service.Print) error
}

// Room is the live room the journey follows; *live.Link is one.
type Room interface {
	Banner() fyne.CanvasObject
	State() workshop.RoomState
	SetOnState(f func(prev workshop.RoomState))
	Push(a *workshop.Answers)
	// SetOnConflict sets how to settle a conflict when the room holds
	// other answers; Merge combines both sides and settles it when only
	// one side changed each answer, Settle with the participant's choices
	// for the clashes.
	SetOnConflict(f func(c *service.Conflict))
	Merge(c *service.Conflict, a *workshop.Answers) (*workshop.Answers, []workshop.Clash, error)
	Settle(c *service.Conflict, a *workshop.Answers, takeRoom map[string]bool) (*workshop.Answers, error)
}

// Session is the answers being worked on and how to report a change.
type Session struct {
	Content  *workshop.Content
	Answers  *workshop.Answers
	Now      func() time.Time
	Confirm  func(title, message string, done func(ok bool))
	OnChange func() // saves the answers, and sends them to a live room
	Next     func() // goes on to the next step, as the Next button does; set by New
	// Keep saves the answers on this laptop only, as they are: after a
	// conflict with the room was settled.
	Keep func()
	// Manager is the manager's response applied to these answers, or nil.
	// It is kept beside the answers, never in them, so it never reaches a
	// room, the facilitator or the projector.
	Manager *manager.Response
	// KeepManager keeps the manager's response applied to these answers.
	KeepManager func(r *manager.Response) error
	// OwnAnswers are the IDs of the participant's other answers on this
	// laptop (their own journey, or a workshop's): a manager's response to
	// a request made from them may be carried over to these answers.
	OwnAnswers []string
}

func (s *Session) changed() { s.OnChange() }

// analyze reads the answers, and the manager's response when there is one.
func (s *Session) analyze() *analysis.Report {
	if s.Manager != nil {
		return analysis.Analyze(s.Content, s.Answers, analysis.WithManager(s.Manager))
	}
	return analysis.Analyze(s.Content, s.Answers)
}
