package library

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/workshop"
)

// A held workshop can be reopened as a follow-up session, after a word
// of what it does; a draft and one opened from an archive cannot.
func TestAHeldWorkshopOffersAFollowUpSession(t *testing.T) {
	test.NewTempApp(t)
	setups := testSetups()
	imported := workshop.NewSetup(setups[0].Created, "a4")
	imported.ID, imported.Hosted, imported.Imported = "i1", true, true
	sh, ws := &fakeShell{}, &fakeWorkshops{setups: append(setups, imported)}
	l := New(sh, ws)
	if l.Row("d1").FollowUp != nil || l.Row("i1").FollowUp != nil {
		t.Error("a draft or an archive offers a follow-up session")
	}
	test.NewTempWindow(t, l.Content)
	test.Tap(l.Row("h1").FollowUp)
	if len(sh.followUps) != 1 || sh.followUps[0].ID != "h1" || len(sh.hosting) != 0 {
		t.Errorf("follow-up session of %v, hosting %v", sh.followUps, sh.hosting)
	}
}
