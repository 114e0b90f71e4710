package ui

import (
	"testing"

	"github.com/leadshift/leadshift/ui/uitest"
)

func TestStartScreenGolden(t *testing.T) {
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	uitest.AssertGolden(t, "start", ui.win)
}
