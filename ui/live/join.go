package live

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// JoinScreen finds a workshop on the network and joins it with the code
// from the projector.
type JoinScreen struct {
	shell   Shell
	joiner  Joiner
	Content fyne.CanvasObject

	found       *fyne.Container // one button per workshop heard
	seen        map[string]bool
	heard       map[string]time.Time         // when each listed workshop was last heard
	buttons     map[string]fyne.CanvasObject // its button
	Addr        *widget.Entry
	Code        *widget.Entry
	Name        *widget.Entry
	Join        *widget.Button
	Problem     *widget.Label
	Manager     *ManagerJoin // joining as a participant's manager (manager_join.go)
	fingerprint string       // announced phrase of the chosen workshop, pinned on join
	stop        context.CancelFunc
}

// NewJoinScreen shows the join form and starts listening for workshops.
func NewJoinScreen(shell Shell, joiner Joiner) *JoinScreen {
	j := &JoinScreen{shell: shell, joiner: joiner, found: container.NewVBox(), seen: map[string]bool{},
		heard: map[string]time.Time{}, buttons: map[string]fyne.CanvasObject{}}
	j.Addr = &widget.Entry{PlaceHolder: fmt.Sprintf("Address from the projector, e.g. 192.168.1.20:%d", service.DefaultPort)}
	j.Addr.OnChanged = func(string) { j.fingerprint = "" }
	j.Code = &widget.Entry{PlaceHolder: "The code on the projector, e.g. K7WQ3M"}
	j.Name = &widget.Entry{PlaceHolder: "Your name, or an alias"}
	j.Problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	j.Join = &widget.Button{Text: "Join", Icon: theme.LoginIcon(), Importance: widget.HighImportance, OnTapped: j.onJoin}
	// Enter in any field joins, as the Join button does.
	for _, e := range []*widget.Entry{j.Addr, j.Code, j.Name} {
		e.OnSubmitted = func(string) {
			if !j.Join.Disabled() {
				j.onJoin()
			}
		}
	}
	back := &widget.Button{Text: "Back", Icon: theme.NavigateBackIcon(), OnTapped: func() { j.Close(); shell.Home() }}
	j.found.Add(widgets.Note("Looking for workshops on this network… If none appears, type the address shown on the projector."))
	form := widget.NewForm(
		widget.NewFormItem("Address", j.Addr),
		widget.NewFormItem("Join code", j.Code),
		widget.NewFormItem("Your name", j.Name),
	)
	j.Manager = newManagerJoin(j)
	j.Content = container.NewBorder(nil, container.NewHBox(back), nil, nil, widgets.Scroll(
		widgets.Heading("Join a workshop"), j.found, widget.NewSeparator(), j.Manager.Choice, form, j.Manager.Detail, container.NewHBox(j.Join), j.Problem))
	ctx, stop := context.WithCancel(context.Background())
	j.stop = stop
	go func() {
		// Workshops that stop announcing leave the list.
		t := time.NewTicker(service.FoundRefresh)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				bridge.Do(j.prune)
			}
		}
	}()
	go func() {
		err := joiner.Browse(ctx, func(f service.Found) { bridge.Do(func() { j.add(f) }) })
		if err != nil && ctx.Err() == nil {
			bridge.Do(func() { j.discoveryFailed(err) })
		}
	}()
	return j
}

// add lists a workshop heard on the network, or notes that it is still
// announcing.
func (j *JoinScreen) add(f service.Found) {
	key := f.Addr + " " + f.Fingerprint + " " + f.Title
	j.heard[key] = j.shell.Now()
	if j.seen[key] {
		return
	}
	if len(j.seen) == 0 {
		j.found.RemoveAll()
	}
	j.seen[key] = true
	// Anyone can announce anything: an entry is not checked until the
	// participant compares its phrase with the projector.
	b := &widget.Button{Text: fmt.Sprintf("%s (%s) · not checked yet", f.Title, f.Addr), Icon: theme.ComputerIcon(), OnTapped: func() {
		j.Addr.SetText(f.Addr)
		j.fingerprint = f.Fingerprint
		j.shell.Focus(j.Code)
	}}
	j.buttons[key] = b
	j.found.Add(b)
}

// prune takes workshops not heard for service.FoundExpiry off the list.
func (j *JoinScreen) prune() {
	if len(j.heard) == 0 {
		return
	}
	for key, at := range j.heard {
		if j.shell.Now().Sub(at) < service.FoundExpiry {
			continue
		}
		j.found.Remove(j.buttons[key])
		delete(j.heard, key)
		delete(j.buttons, key)
		delete(j.seen, key)
	}
	if len(j.found.Objects) == 0 {
		j.found.Add(widgets.Note("Looking for workshops on this network… If none appears, type the address shown on the projector."))
	}
}

func (j *JoinScreen) discoveryFailed(error) {
	// The network's own words ("listen udp4 ...") help nobody here.
	j.found.Objects = []fyne.CanvasObject{widgets.Note("This laptop cannot look for workshops on this network. Type the address shown on the projector.")}
	j.found.Refresh()
}

// Close stops listening for workshops.
func (j *JoinScreen) Close() { j.stop() }

func (j *JoinScreen) onJoin() {
	addr, code, name := strings.TrimSpace(j.Addr.Text), service.NormalizeCode(j.Code.Text), strings.TrimSpace(j.Name.Text)
	switch {
	case addr == "":
		j.Problem.SetText("Please type the address shown on the projector, or pick a workshop above.")
		return
	case len(code) != service.CodeLength && len(code) != service.GuardCodeLength:
		j.Problem.SetText(fmt.Sprintf("The join code has %d letters and digits, or %d while the room is on guard; type it as the projector shows it.", service.CodeLength, service.GuardCodeLength))
		return
	case name == "":
		j.Problem.SetText("Please type your name or an alias.")
		return
	case j.Manager.chosen() && j.Manager.problem() != "":
		j.Problem.SetText(j.Manager.problem())
		return
	}
	j.Problem.SetText("Checking the workshop…")
	j.Join.Disable()
	pinned := j.fingerprint
	// Only the hello goes out before the participant has compared the
	// phrase: never the code or the name.
	j.shell.Tasks().Run(func() func() {
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		reached, err := j.joiner.Reach(ctx, addr, pinned)
		return func() {
			if err != nil {
				j.Join.Enable()
				j.Problem.SetText(joinProblem(err))
				return
			}
			j.Problem.SetText("")
			j.compare(reached, code, name)
		}
	})
}

// compare asks the participant to compare the phrase of the host reached
// with the projector, and joins only if it matches.
func (j *JoinScreen) compare(reached *service.Reached, code, name string) {
	j.shell.ConfirmRoom(reached.Phrase(), func(ok bool) {
		if !ok {
			reached.Close()
			j.Join.Enable()
			j.Problem.SetText("Not joined, and nothing was sent. Tell the facilitator: someone else on this network may be posing as the workshop.")
			return
		}
		if j.Manager.chosen() {
			j.Manager.pair(reached, code, name)
			return
		}
		j.Problem.SetText("Joining…")
		j.shell.Tasks().Run(func() func() {
			ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
			defer cancel()
			joined, err := reached.Join(ctx, code, name)
			return func() {
				j.Join.Enable()
				if err != nil {
					j.Problem.SetText(joinProblem(err))
					return
				}
				j.Problem.SetText("")
				j.enter(joined, name)
			}
		})
	})
}

// onGuardProblem tells a participant whose short code the room, on guard
// against guessing, did not look at what to type instead.
const onGuardProblem = "The room is on guard: type the longer code shown on the projector."

// joinProblem says in plain words why joining failed, never in the
// network's own ("dial tcp ...").
func joinProblem(err error) string {
	var refused *workshop.RoomError
	switch {
	case errors.Is(err, workshop.ErrWrongHost):
		return "This is not the workshop you picked from the list. Type the address shown on the projector instead."
	case errors.Is(err, workshop.ErrNotCompared):
		return "Compare the check phrase with the projector first."
	case errors.Is(err, workshop.ErrLetBack):
		return "The facilitator removed you from this workshop. Ask them to let you back, then join again."
	case errors.Is(err, workshop.ErrBadCode):
		return "That code is not right. Check the code on the projector and try again."
	case errors.Is(err, workshop.ErrOnGuard):
		return onGuardProblem
	case errors.Is(err, workshop.ErrTooManyTries):
		return "Too many wrong codes from this laptop. Wait a minute, then try again."
	case errors.Is(err, workshop.ErrTooManyJoins) && errors.As(err, &refused):
		return "The workshop is busy: " + refused.Message + "."
	case errors.Is(err, workshop.ErrRoomFull):
		return "The workshop is full. Ask the facilitator."
	case errors.Is(err, workshop.ErrJoinClosed):
		return "The facilitator has closed the room to new participants. Ask them to open it."
	case errors.As(err, &refused):
		return "The workshop refused to let you in: " + refused.Message
	}
	return networkProblem(err)
}

// networkProblem words why the workshop's address did not answer.
func networkProblem(err error) string {
	switch {
	case errors.Is(err, workshop.ErrNothingListening):
		return "Nothing answered at that address. Check it on the projector."
	case errors.Is(err, workshop.ErrUnknownAddress):
		return "That address is not known on this network. Type it exactly as on the projector, for example 192.168.1.20:47320."
	case errors.Is(err, workshop.ErrIncompleteAddress):
		return "That address is not complete. Type it exactly as on the projector, for example 192.168.1.20:47320."
	case errors.Is(err, workshop.ErrNoRoute):
		return "This laptop cannot reach that address. Check that you are on the same Wi-Fi as the facilitator, not a guest network."
	case errors.Is(err, workshop.ErrNoAnswer):
		return "The workshop did not answer in time. Check the address on the projector and that you are on the same Wi-Fi as the facilitator."
	}
	return "The workshop could not be reached. Check the address on the projector and that you are on the same Wi-Fi as the facilitator."
}

// enter saves the joined workshop on the laptop and opens its journey.
func (j *JoinScreen) enter(joined *service.Joined, name string) {
	j.Close()
	if err := j.joiner.Keep(joined.File); err != nil {
		j.shell.ShowError("The workshop could not be saved on this laptop", err)
		return
	}
	a := workshop.NewAnswers(joined.Content.ID, j.shell.Now())
	a.Participant.Name = name
	j.shell.OpenLive(joined.File, joined.Content, a, joined.State)
}
