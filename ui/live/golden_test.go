package live

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
)

// TestClashViewGolden pictures the choice put to a participant whose
// answers were changed on two laptops: only the clashing answers, both
// values side by side, in light and dark at a laptop size.
func TestClashViewGolden(t *testing.T) {
	test.NewTempApp(t)
	c, base, mine, room := twoLaptops(t)
	item := c.Dimensions[0].Items[0].ID
	mine.Ratings[item], room.Ratings[item] = 5, 1
	mine.Participant.Role, room.Participant.Role = "Team lead, network", "Head of operations"
	_, clashes := workshop.Merge(base, mine, room)
	if len(clashes) != 2 {
		t.Fatalf("%d clashes, want 2", len(clashes))
	}
	v := NewClashView(c, clashes, func([]bool) {})
	uitest.AssertGolden(t, "clashes", test.NewTempWindow(t, v.Content))
}
