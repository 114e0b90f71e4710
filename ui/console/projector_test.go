package console

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
)

// variantTheme is Fyne's default theme held to one variant.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// projectorAt opens the projector over room and sizes it.
func projectorAt(t *testing.T, room *fakeRoom, size fyne.Size) (*Console, *projectorWindow) {
	t.Helper()
	c, _ := newTestConsole(t, room)
	c.openProjector()
	p := c.projector
	p.win.Resize(size)
	c.refresh()
	return c, p
}

// visible is the text of every shown piece of text on the projector.
func visible(p *projectorWindow) string {
	var b strings.Builder
	for _, t := range p.view.texts() {
		if !t.Hidden && t.Text != "" {
			b.WriteString(t.Text + "\n")
		}
	}
	return b.String()
}

// The projector at a laptop's projector size and at full HD, light and
// dark, on the self-assessment with the room's readiness drawn.
func TestProjectorGoldenAtTwoSizes(t *testing.T) {
	uitest.NewQueue(t)
	room := roomWithFigures()
	room.state.Phase = 1
	_, p := projectorAt(t, room, fyne.NewSize(1280, 720))
	for _, size := range []fyne.Size{fyne.NewSize(1280, 720), fyne.NewSize(1920, 1080)} {
		p.win.Resize(size)
		for _, v := range []struct {
			name    string
			variant fyne.ThemeVariant
		}{{"light", theme.VariantLight}, {"dark", theme.VariantDark}} {
			test.ApplyTheme(t, variantTheme{Theme: theme.DefaultTheme(), variant: v.variant})
			p.view.Refresh()
			test.AssertRendersToMarkup(t, fmt.Sprintf("projector-%.0fx%.0f-%s.xml", size.Width, size.Height, v.name), p.win.Canvas())
		}
	}
}

func TestProjectorScalesForTheBackOfTheRoom(t *testing.T) {
	uitest.NewQueue(t)
	room := roomWithFigures()
	room.addrs = []string{"127.0.0.1:47320", "[::1]:47320", "10.0.0.7:47320"}
	_, p := projectorAt(t, room, fyne.NewSize(1920, 1080))
	v := p.view
	// The code: at least a tenth of the screen tall (its capitals are
	// about 0.7 of the type size).
	if h := v.code.TextSize * 0.7; h < 108 {
		t.Errorf("at 1920x1080 the join code's capitals are %.0f px tall, want at least 108", h)
	}
	if v.address.TextSize < 40 || v.phrase.TextSize < 40 {
		t.Errorf("address %.0f px, phrase %.0f px: too small for the back of the room", v.address.TextSize, v.phrase.TextSize)
	}
	full := v.code.TextSize
	p.win.Resize(fyne.NewSize(1280, 720))
	v.Refresh()
	if got, want := v.code.TextSize, full*2/3; got < want*0.95 || got > want*1.05 {
		t.Errorf("at 1280x720 the code is %.0f px, want about %.0f: it scales with the window", got, want)
	}
	for _, o := range []fyne.CanvasObject{v.code, v.address, v.phrase, v.timer, v.phase, v.question} {
		if pos, size := o.Position(), o.Size(); pos.X < 0 || pos.Y < 0 || pos.X+size.Width > 1280 || pos.Y+size.Height > 720 {
			t.Errorf("%q lies outside the 1280x720 window: %v %v", o.(*canvas.Text).Text, pos, size)
		}
	}
	shown := visible(p)
	if strings.Contains(shown, "127.0.0.1") || strings.Contains(shown, "::1") || !strings.Contains(shown, "10.0.0.7:47320") {
		t.Errorf("the projector must show the LAN address, never a loopback one:\n%s", shown)
	}
	if !strings.Contains(shown, "4 joined") {
		t.Errorf("the projector does not say how many joined (4 of 5, one removed):\n%s", shown)
	}
}

func TestProjectorShowsOnePhaseAtATime(t *testing.T) {
	uitest.NewQueue(t)
	room := roomWithFigures()
	room.agg.Mismatches = []workshop.MismatchCount{{Expectation: &workshop.Expectation{Statement: "I coach, not fix"}, N: 5, MeMore: 3, OrgMore: workshop.Hidden}}
	c, p := projectorAt(t, room, fyne.NewSize(1920, 1080))
	if s := visible(p); strings.Contains(s, "Readiness") || !strings.Contains(s, "What do you want to take home") {
		t.Errorf("check-in shows a chart or no question:\n%s", s)
	}
	room.state.Phase = 1
	c.refresh()
	if s := visible(p); !strings.Contains(s, "Readiness across the room") || strings.Contains(s, "I coach") {
		t.Errorf("the self-assessment should show the readiness chart alone:\n%s", s)
	}
	// The range is drawn, not only written: the span runs from min to max.
	row := p.view.rows[0]
	if w := row.span.Size().Width / row.track.Size().Width; w < 0.49 || w > 0.51 || row.mark.Hidden {
		t.Errorf("Delegation 20–70 spans %.2f of the track, want 0.50 with the median marked", w)
	}
	room.state.Phase = 2
	c.refresh()
	if s := visible(p); strings.Contains(s, "Readiness") || !strings.Contains(s, "I coach, not fix") {
		t.Errorf("the expectations phase should show the mismatches alone:\n%s", s)
	}
	// Pens down and a closed room are large states; the code goes.
	room.state.Locked, room.state.JoinOpen = true, false
	c.refresh()
	if s := visible(p); !strings.Contains(s, "Pens down") || !strings.Contains(s, "closed") || strings.Contains(s, "K7WQ3M") {
		t.Errorf("locked and closed:\n%s", s)
	}
	if p.view.state.TextSize < 80 {
		t.Errorf("pens down is %.0f px at full HD, want a large state", p.view.state.TextSize)
	}
}

func TestStopHostingAsksWhenPeopleAreConnected(t *testing.T) {
	uitest.NewQueue(t)
	room := testRoom(5) // 3 of them connected
	c, sh := newTestConsole(t, room)
	c.onStop()
	if len(sh.asked) != 1 || !strings.Contains(sh.asked[0], "3 people are connected: they will see that the room has ended") || !sh.stopped {
		t.Errorf("asked %q, stopped %v", sh.asked, sh.stopped)
	}
}
