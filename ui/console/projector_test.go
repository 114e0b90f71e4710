package console

import (
	"fmt"
	"image/color"
	"reflect"
	"strings"
	"testing"
	"time"

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

// The projector at full HD under pens down, with joining still open: a
// strip and a one-line join block above the chart, at the unlocked size.
func TestProjectorGoldenLocked(t *testing.T) {
	uitest.NewQueue(t)
	room := roomWithFigures()
	room.state.Phase, room.state.Locked = 1, true
	_, p := projectorAt(t, room, fyne.NewSize(1920, 1080))
	test.ApplyTheme(t, variantTheme{Theme: theme.DefaultTheme(), variant: theme.VariantDark})
	p.view.Refresh()
	test.AssertRendersToMarkup(t, "projector-1920x1080-locked-dark.xml", p.win.Canvas())
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
	if s := visible(p); !strings.Contains(s, "Readiness, 0 to 100") || strings.Contains(s, "I coach") {
		t.Errorf("the self-assessment should show the readiness chart alone:\n%s", s)
	}
	// The range is drawn, not only written: the span runs across the
	// middle half.
	row := p.view.rows[0]
	if w := row.span.Size().Width / row.track.Size().Width; w < 0.49 || w > 0.51 || row.mark.Hidden {
		t.Errorf("Delegation 20–70 spans %.2f of the track, want 0.50 with the median marked", w)
	}
	room.state.Phase = 2
	c.refresh()
	if s := visible(p); strings.Contains(s, "Readiness") || !strings.Contains(s, "I coach, not fix") {
		t.Errorf("the expectations phase should show the mismatches alone:\n%s", s)
	}
	// Pens down and a closed room are a strip; the code goes.
	room.state.Locked, room.state.JoinOpen = true, false
	c.refresh()
	if s := visible(p); !strings.Contains(s, "Pens down") || !strings.Contains(s, "closed") || strings.Contains(s, "K7WQ3M") {
		t.Errorf("locked and closed:\n%s", s)
	}
}

// capHeight is the height of a text's capitals on screen, about 0.7 of
// its type size.
func capHeight(t *canvas.Text) float32 { return t.TextSize * 0.7 }

// TestPensDownKeepsTheChartReadable: at 1920x1080, locking the phase
// (with joining still open) leaves every chart label and value at the
// size of the unlocked view, one size for the whole chart, at least a
// 19 px cap height (the review's "readable to 10 m"); the seven
// readiness rows all stay on screen.
func TestPensDownKeepsTheChartReadable(t *testing.T) {
	uitest.NewQueue(t)
	room := roomWithFigures()
	room.state.Phase = 1
	room.agg.Dimensions = nil
	for _, name := range []string{"Letting go of the work", "Delegation", "Feedback and coaching", "Holding people accountable", "Self-leadership", "Influence upwards", "Self-awareness"} {
		room.agg.Dimensions = append(room.agg.Dimensions, workshop.DimensionSpread{Dimension: &workshop.Dimension{Name: name},
			Spread: workshop.Spread{N: 12, Median: 50, HasRange: true, Mean: 50, Low: 30, High: 70}})
	}
	c, p := projectorAt(t, room, fyne.NewSize(1920, 1080))
	sizes := func() map[float32]int {
		got := map[float32]int{}
		for _, r := range p.view.rows {
			for _, tx := range []*canvas.Text{r.label, r.value} {
				if tx.Hidden {
					t.Errorf("%q is left out (%v)", tx.Text, p.view.title.Position())
				}
				if pos := tx.Position(); pos.Y+tx.Size().Height > 1080 || pos.X+tx.Size().Width > 1920 {
					t.Errorf("%q lies outside the window at %v", tx.Text, pos)
				}
				got[tx.TextSize]++
			}
		}
		return got
	}
	open := sizes()
	room.state.Locked = true
	c.refresh()
	locked := sizes()
	if len(open) != 1 || !reflect.DeepEqual(open, locked) {
		t.Errorf("chart text sizes unlocked %v, locked %v: want one size, the same", open, locked)
	}
	for size := range locked {
		if capHeight(&canvas.Text{TextSize: size}) < 19 {
			t.Errorf("chart text of %.0f px has capitals under 19 px", size)
		}
	}
	if s := visible(p); !strings.Contains(s, "Pens down") || !strings.Contains(s, "K7WQ3M") {
		t.Errorf("locked with joining open: %s", s)
	}
}

// TestSmallRoomChartsRankOnlyWhatTheyTellApart: tied gaps share a place
// and are ordered by name; when every gap ties the chart says it is too
// close to call instead of ranking; a run of ties is never cut in half.
func TestSmallRoomChartsRankOnlyWhatTheyTellApart(t *testing.T) {
	gap := func(name string, place int, tied bool) workshop.GapMean {
		return workshop.GapMean{Skill: &workshop.Skill{Name: name}, N: 6, MeanGap: 1, Rank: workshop.Rank{Place: place, Tied: tied}}
	}
	agg := workshop.RoomAggregates{Participants: 6, Gaps: []workshop.GapMean{
		gap("Delegation", 1, false), gap("Coaching", 2, true), gap("Feedback", 2, true), gap("Goal setting", 4, false)}}
	c := roomChart(gapChart, agg, true)
	var labels []string
	for _, r := range c.rows {
		labels = append(labels, r.label)
	}
	if want := []string{"1  Delegation", "=2  Coaching", "=2  Feedback", "4  Goal setting"}; !reflect.DeepEqual(labels, want) || c.note != "" {
		t.Errorf("rows %q, note %q; want %q", labels, c.note, want)
	}
	var all []workshop.GapMean
	for _, name := range []string{"Communication", "Delegation", "Influencing", "Goal setting", "Accountability"} {
		all = append(all, gap(name, 1, true))
	}
	c = roomChart(gapChart, workshop.RoomAggregates{Participants: 6, Gaps: all}, true)
	if len(c.rows) != 0 || !strings.Contains(c.note, "Too close to call with 6 people") {
		t.Errorf("five tied gaps: %d rows, note %q; want no ranking and 'too close to call'", len(c.rows), c.note)
	}
	// Seven gaps: 1, 2, then =3 four times: the run would not fit in five
	// rows, so only the first two are shown.
	many := []workshop.GapMean{gap("A", 1, false), gap("B", 2, false)}
	for _, name := range []string{"C", "D", "E", "F"} {
		many = append(many, gap(name, 3, true))
	}
	if c = roomChart(gapChart, workshop.RoomAggregates{Participants: 9, Gaps: many}, true); len(c.rows) != 2 {
		t.Errorf("a run of four ties at places 3 to 6: %d rows shown, want 2", len(c.rows))
	}
	if c = roomChart(gapChart, workshop.RoomAggregates{}, false); !strings.Contains(c.note, "when the facilitator shows the results") {
		t.Errorf("before the results are shown: %q", c.note)
	}
}

// TestControlWindowShowsTheResults: the control window says when a chart
// is ready, shows the results on a tap (the projector then draws them),
// and the time running out shows them by itself.
func TestControlWindowShowsTheResults(t *testing.T) {
	q := uitest.NewQueue(t)
	room := roomWithFigures()
	room.shown.Store(false)
	room.state.Phase = 1
	room.answered = 3
	room.state.Timer = workshop.Timer{Paused: true, Remaining: time.Minute}
	c, p := projectorAt(t, room, fyne.NewSize(1280, 720))
	if !strings.Contains(c.resultsStatus.Text, "3 of the 5 answers a chart needs") || !strings.Contains(visible(p), "when the facilitator shows the results") {
		t.Errorf("3 answered: %q; projector:\n%s", c.resultsStatus.Text, visible(p))
	}
	room.answered = 6
	c.refresh()
	if !strings.Contains(c.resultsStatus.Text, "Chart ready: 6 people") || c.results.Disabled() {
		t.Errorf("6 answered: %q", c.resultsStatus.Text)
	}
	test.Tap(c.results)
	q.Settle(t, c.shell.Tasks())
	if !room.shown.Load() || !c.results.Disabled() || !strings.Contains(visible(p), "Delegation") {
		t.Errorf("after Show: shown %v, button enabled %v, projector:\n%s", room.shown.Load(), !c.results.Disabled(), visible(p))
	}
	// The next phase: its time is up while running.
	room.state.Phase = 2
	room.shown.Store(false)
	room.state.Timer = workshop.NewTimer(0, testNow.Add(-time.Second))
	c.refresh()
	q.Settle(t, c.shell.Tasks())
	if !room.shown.Load() {
		t.Error("the phase's time ran out and its results were not shown")
	}
	// A phase without a chart has no button.
	room.state.Phase = 0
	c.refresh()
	if c.results.Visible() || !strings.Contains(c.resultsStatus.Text, "no room chart") {
		t.Errorf("check-in: button visible %v, %q", c.results.Visible(), c.resultsStatus.Text)
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
