package journey

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/service"
	"github.com/leadshift/leadshift/workshop/storage"
)

// pairRoom is a live room open to managers: it keeps the request offered
// and hands the test the way to report the pairing.
type pairRoom struct {
	pushRoom
	offered  *manager.Request
	onChange func(service.Pairing)
}

func (r *pairRoom) State() workshop.RoomState { return workshop.RoomState{Managers: true} }
func (r *pairRoom) OfferPairing(q *manager.Request, done func(string, error)) {
	r.offered = q
	done("K7WQ3M", nil)
}
func (r *pairRoom) FollowPairing(f func(service.Pairing)) { r.onChange = f }

// A participant pairs with their manager in the room: the request carries
// only what they tick in, the card shows the code, and the manager's
// answers apply as a response file does: at once, then replacing them
// only once the participant confirms.
func TestPairingWithTheManagerInTheRoom(t *testing.T) {
	plain, sh := newTestJourney(t, t.TempDir())
	s := plain.s
	store, err := storage.Open(filepath.Join(t.TempDir(), "live"))
	if err != nil {
		t.Fatal(err)
	}
	s.KeepManager = store.SaveManager
	var confirms []string
	s.Confirm = func(title, _ string, done func(bool)) { confirms = append(confirms, title); done(true) }
	s.Answers.Participant = workshop.Participant{Name: "Kim Lindqvist", Role: "Service desk lead", LeadershipTime: workshop.LeadershipTimes[1]}
	s.Answers.Skills[s.Content.Skills[0].ID] = workshop.SkillRate{Current: 4, Importance: 3}
	s.Answers.Step = workshop.StepExpect
	room := &pairRoom{}
	j := New(sh, plain.files, "a4", s, room)
	sh.win.SetContent(j.Content)

	test.Tap(uitest.FindButton(t, j.Content, "My manager is in the room: pair with them…"))
	test.Tap(j.managerBar().dialog.save)
	if room.offered == nil || room.offered.SelfSkills != nil || room.offered.SelfExpectations != nil || room.offered.AnswersID != s.Answers.ID {
		t.Fatalf("offered %+v: want Kim's request without ratings she did not tick in", room.offered)
	}
	if text := uitest.Texts(j.Content); !strings.Contains(text, "Pairing code for your manager: K7WQ3M") {
		t.Fatalf("the code is not shown:\n%s", text)
	}

	room.onChange(service.Pairing{Manager: "Dana Okafor"})
	if text := uitest.Texts(j.Content); !strings.Contains(text, "Dana Okafor has paired with you") {
		t.Errorf("the pairing is not shown:\n%s", text)
	}
	r := manager.NewResponse(room.offered, time.Now())
	r.Manager = "Dana Okafor"
	r.Expectations[room.offered.Statements[0].ID] = 5
	room.onChange(service.Pairing{Manager: "Dana Okafor", Response: r})
	if s.Manager == nil || s.Manager.ID != r.ID || len(confirms) != 0 {
		t.Fatalf("the answers were not applied at once: %+v, confirms %v", s.Manager, confirms)
	}
	if kept, err := store.LoadManager(); err != nil || kept == nil || kept.ID != r.ID {
		t.Errorf("the answers were not kept on the laptop: %+v, %v", kept, err)
	}
	newer := *r
	newer.Updated = r.Updated.Add(time.Minute)
	newer.Commitments = []string{"An hour a week"}
	room.onChange(service.Pairing{Manager: "Dana Okafor", Response: &newer})
	if len(confirms) != 1 || s.Manager.Updated != newer.Updated {
		t.Errorf("the newer answers: confirms %v, held %v; want one confirmation, then the newer ones", confirms, s.Manager.Updated)
	}

	room.onChange(service.Pairing{}) // the room forgot the pairing
	if text := uitest.Texts(j.Content); strings.Contains(text, "K7WQ3M") || !strings.Contains(text, "pair again") || s.Manager.ID != r.ID {
		t.Errorf("once the room forgot the pairing: held %s, screen:\n%s", s.Manager.ID, text)
	}
}

// A request handed out before the workshop, from the participant's own
// answers on this laptop, is answered by file and added in the room: the
// answers are carried over to the workshop's answers once the participant
// confirms, and answers made for someone else's answers are refused.
func TestAResponseToARequestMadeBeforeTheWorkshopIsCarriedOver(t *testing.T) {
	plain, sh := newTestJourney(t, t.TempDir())
	s := plain.s
	store, err := storage.Open(filepath.Join(t.TempDir(), "live"))
	if err != nil {
		t.Fatal(err)
	}
	s.KeepManager = store.SaveManager
	var confirms []string
	s.Confirm = func(title, _ string, done func(bool)) { confirms = append(confirms, title); done(true) }
	s.Answers.Participant = workshop.Participant{Name: "Kim Lindqvist", Role: "Service desk lead"}
	s.Answers.Step = workshop.StepAlign
	before := workshop.NewAnswers(s.Content.ID, time.Now().Add(-72*time.Hour)) // Kim's own journey, before the workshop
	before.Participant = s.Answers.Participant
	stranger := workshop.NewAnswers(s.Content.ID, time.Now())
	s.OwnAnswers = []string{before.ID}
	j := New(sh, plain.files, "a4", s, &pushRoom{})
	sh.win.SetContent(j.Content)

	_, path := responseFile(t, s.Content, stranger, "Dana Okafor", time.Now())
	sh.open = path
	test.Tap(j.managerBar().add)
	if s.Manager != nil || len(confirms) != 0 || !strings.Contains(j.managerBar().status.Text, "other answers") {
		t.Fatalf("a response for someone else's answers: held %+v, confirms %v, said %q", s.Manager, confirms, j.managerBar().status.Text)
	}

	r, path := responseFile(t, s.Content, before, "Dana Okafor", time.Now())
	sh.open = path
	test.Tap(j.managerBar().add)
	if len(confirms) != 1 || confirms[0] != "Use your manager's answers here?" {
		t.Fatalf("carrying over was not confirmed first: %v", confirms)
	}
	if s.Manager == nil || s.Manager.ID != r.ID || s.Manager.AnswersID != s.Answers.ID {
		t.Fatalf("not carried over to the workshop's answers: %+v", s.Manager)
	}
	test.Tap(j.managerBar().add) // the same file again: nothing to confirm, nothing changes
	if len(confirms) != 1 || !strings.Contains(j.managerBar().status.Text, "already in your plan") {
		t.Errorf("the same answers again: confirms %v, said %q", confirms, j.managerBar().status.Text)
	}
}
