package ui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
	filestore "github.com/leadshift/leadshift/workshop/storage"
)

// joinScreen finds a workshop on the network and joins it with the code
// from the projector.
type joinScreen struct {
	ui      *App
	content fyne.CanvasObject

	found       *fyne.Container // one button per workshop heard
	seen        map[string]bool
	heard       map[string]time.Time         // when each listed workshop was last heard
	buttons     map[string]fyne.CanvasObject // its button
	addr        *widget.Entry
	code        *widget.Entry
	name        *widget.Entry
	join        *widget.Button
	problem     *widget.Label
	fingerprint string // announced phrase of the chosen workshop, pinned on join
	stop        context.CancelFunc
}

func newJoinScreen(ui *App) *joinScreen {
	j := &joinScreen{ui: ui, found: container.NewVBox(), seen: map[string]bool{}, heard: map[string]time.Time{}, buttons: map[string]fyne.CanvasObject{}}
	j.addr = &widget.Entry{PlaceHolder: fmt.Sprintf("Address from the projector, e.g. 192.168.1.20:%d", lan.DefaultPort)}
	j.addr.OnChanged = func(string) { j.fingerprint = "" }
	j.code = &widget.Entry{PlaceHolder: "6 letters and digits, e.g. K7WQ3M"}
	j.name = &widget.Entry{PlaceHolder: "Your name, or an alias"}
	j.problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	j.join = &widget.Button{Text: "Join", Icon: theme.LoginIcon(), Importance: widget.HighImportance, OnTapped: j.onJoin}
	back := &widget.Button{Text: "Back", Icon: theme.NavigateBackIcon(), OnTapped: func() { j.close(); ui.showStart() }}
	j.found.Add(note("Looking for workshops on this network… If none appears, type the address shown on the projector."))
	form := widget.NewForm(
		widget.NewFormItem("Address", j.addr),
		widget.NewFormItem("Join code", j.code),
		widget.NewFormItem("Your name", j.name),
	)
	j.content = container.NewBorder(nil, container.NewHBox(back), nil, nil, scroll(
		heading("Join a workshop"), j.found, widget.NewSeparator(), form, container.NewHBox(j.join), j.problem))
	ctx, stop := context.WithCancel(context.Background())
	j.stop = stop
	go func() {
		// Workshops that stop announcing leave the list.
		t := time.NewTicker(lan.FoundRefresh)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				onMain(j.prune)
			}
		}
	}()
	go func() {
		err := ui.deps.Browse(ctx, func(f lan.Found) { onMain(func() { j.add(f) }) })
		if err != nil && ctx.Err() == nil {
			onMain(func() {
				j.found.Objects = []fyne.CanvasObject{note("Workshops cannot be discovered here (" + err.Error() + "). Type the address shown on the projector.")}
				j.found.Refresh()
			})
		}
	}()
	return j
}

// add lists a workshop heard on the network, or notes that it is still
// announcing.
func (j *joinScreen) add(f lan.Found) {
	key := f.Addr + " " + f.Fingerprint + " " + f.Title
	j.heard[key] = time.Now()
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
		j.addr.SetText(f.Addr)
		j.fingerprint = f.Fingerprint
		j.ui.win.Canvas().Focus(j.code)
	}}
	j.buttons[key] = b
	j.found.Add(b)
}

// prune takes workshops not heard for lan.FoundExpiry off the list.
func (j *joinScreen) prune() {
	for key, at := range j.heard {
		if time.Since(at) < lan.FoundExpiry {
			continue
		}
		j.found.Remove(j.buttons[key])
		delete(j.heard, key)
		delete(j.buttons, key)
		delete(j.seen, key)
	}
	if len(j.found.Objects) == 0 {
		j.found.Add(note("Looking for workshops on this network… If none appears, type the address shown on the projector."))
	}
}

func (j *joinScreen) close() { j.stop() }

func (j *joinScreen) onJoin() {
	addr, code, name := strings.TrimSpace(j.addr.Text), lan.NormalizeCode(j.code.Text), strings.TrimSpace(j.name.Text)
	switch {
	case addr == "":
		j.problem.SetText("Please type the address shown on the projector, or pick a workshop above.")
		return
	case len(code) != 6:
		j.problem.SetText("The join code has 6 letters and digits; it is on the projector.")
		return
	case name == "":
		j.problem.SetText("Please type your name or an alias.")
		return
	}
	j.problem.SetText("Checking the workshop…")
	j.join.Disable()
	pinned := j.fingerprint
	// Only the hello goes out before the participant has compared the
	// phrase: never the code or the name.
	cl := lan.Dial(addr, pinned)
	j.ui.background(func() func() {
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		_, err := cl.Hello(ctx)
		return func() {
			if err != nil {
				cl.Close()
				j.join.Enable()
				j.problem.SetText(joinProblem(err))
				return
			}
			j.problem.SetText("")
			j.compare(cl, code, name)
		}
	})
}

// compare asks the participant to compare the phrase of the host reached
// with the projector, and joins only if it matches.
func (j *joinScreen) compare(cl *lan.Client, code, name string) {
	j.ui.confirmRoom(cl.Fingerprint(), func(ok bool) {
		if !ok {
			cl.Close()
			j.join.Enable()
			j.problem.SetText("Not joined, and nothing was sent. Tell the facilitator: someone else on this network may be posing as the workshop.")
			return
		}
		if _, err := cl.TrustPresented(); err != nil {
			cl.Close()
			j.join.Enable()
			j.problem.SetText(joinProblem(err))
			return
		}
		j.problem.SetText("Joining…")
		j.ui.background(func() func() {
			ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
			defer cancel()
			defer cl.Close()
			joined, c, err := joinRoom(ctx, cl, code, name)
			return func() {
				j.join.Enable()
				if err != nil {
					j.problem.SetText(joinProblem(err))
					return
				}
				j.problem.SetText("")
				j.enter(joined, c, name)
			}
		})
	})
}

// joinRoom joins with a client whose phrase the participant confirmed.
func joinRoom(ctx context.Context, cl *lan.Client, code, name string) (*lan.Joined, *workshop.Content, error) {
	joined, err := cl.Join(ctx, code, name)
	if err != nil {
		return nil, nil, err
	}
	c, err := workshop.DecodeContent(bytes.NewReader(joined.Content))
	if err != nil {
		return nil, nil, fmt.Errorf("the workshop's content pack cannot be used: %w", err)
	}
	return joined, c, nil
}

// joinProblem says in plain words why joining failed.
func joinProblem(err error) string {
	var apiErr *lan.APIError
	var fpErr *lan.FingerprintError
	switch {
	case errors.As(err, &fpErr):
		return "This is not the workshop you picked: " + err.Error()
	case errors.Is(err, lan.ErrNotCompared):
		return "Compare the check phrase with the projector first."
	case errors.As(err, &apiErr) && apiErr.Status == http.StatusForbidden && strings.Contains(apiErr.Message, "removed"):
		return "The facilitator removed you from this workshop. Ask them to let you back, then join again."
	case errors.As(err, &apiErr) && apiErr.Status == http.StatusForbidden:
		return "That code is not right. Check the code on the projector and try again."
	case errors.As(err, &apiErr) && apiErr.Status == http.StatusTooManyRequests:
		return "The workshop is busy: " + apiErr.Message + "."
	case errors.As(err, &apiErr) && apiErr.Status == http.StatusConflict:
		return "The workshop is full. Ask the facilitator."
	case errors.As(err, &apiErr) && apiErr.Status == http.StatusLocked:
		return "The facilitator has closed the room to new participants. Ask them to open it."
	case errors.As(err, &apiErr):
		return "The workshop refused to let you in: " + apiErr.Message
	}
	return "The workshop could not be reached: " + err.Error() + ". Check the address and that you are on the same network as the facilitator."
}

// enter saves the joined workshop on the laptop and opens its journey.
func (j *joinScreen) enter(joined *lan.Joined, c *workshop.Content, name string) {
	j.close()
	f := liveFile{Session: joined.Session, Title: joined.State.Title, Content: joined.Content}
	err := os.MkdirAll(j.ui.deps.LiveDir, 0o700)
	if err == nil {
		err = filestore.WriteJSON(j.ui.liveSessionPath(), f, filestore.Private)
	}
	if err != nil {
		j.ui.showError("The workshop could not be saved on this laptop", err)
		return
	}
	a := workshop.NewAnswers(c.ID, j.ui.deps.Now())
	a.Participant.Name = name
	j.ui.openLive(f, c, a, joined.State)
}

// confirmRoomDialog shows the fingerprint phrase to compare with the projector.
func confirmRoomDialog(win fyne.Window, phrase string, done func(ok bool)) {
	msg := widget.NewLabelWithStyle(phrase, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	dialog.ShowCustomConfirm("Is this the right room?", "It matches", "It does not",
		container.NewVBox(widget.NewLabel("The projector shows a check phrase of six words. Compare every word. Does it read:"), msg,
			widget.NewLabel("Your join code and name are sent only if it matches.")), done, win)
}
