package lan

import (
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
)

// managersRoom is a served room open to managers, with Ana joined, her
// answers sent and her request offered: it returns her client, her
// request and the pairing code she shows.
func managersRoom(t *testing.T) (h *Host, addr string, ana *Client, q *manager.Request, code string) {
	t.Helper()
	h, addr = startHost(t, HostOptions{})
	if err := h.SetManagers(ctx(t), true); err != nil {
		t.Fatal(err)
	}
	ana, _ = join(t, addr, h.Code(), "Ana")
	q, code = offer(t, h, ana, "Ana")
	return h, addr, ana, q, code
}

// offer sends c's participant's answers (as name) and offers a request
// made from them, sharing nothing beyond what every request carries.
func offer(t *testing.T, h *Host, c *Client, name string) (*manager.Request, string) {
	t.Helper()
	a := exampleAnswers(t)
	a.ID = workshop.NewAnswers(h.Content().ID, time.Now()).ID // each participant their own answers
	a.Participant.Name = name
	a.Share = true // the facilitator's print pack and CSV may read them
	if _, err := c.PushAnswers(ctx(t), Version{}, a); err != nil {
		t.Fatalf("%s sending answers: %v", name, err)
	}
	q, err := manager.NewRequest(h.Content(), a, manager.Include{}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	code, err := c.OfferPairing(ctx(t), q)
	if err != nil {
		t.Fatalf("%s offering a pairing: %v", name, err)
	}
	if len(code) != CodeLength || code == h.Code() {
		t.Fatalf("pairing code %q: want %d characters, not the room's code", code, CodeLength)
	}
	return q, code
}

// answeredBy is a response to q with one statement and one skill answered.
func answeredBy(q *manager.Request, name string, saved time.Time) *manager.Response {
	r := manager.NewResponse(q, saved)
	r.Manager = name
	r.Expectations[q.Statements[0].ID] = 4
	r.Skills[q.Skills[0].ID] = manager.SkillView{Needed: 4, Today: 3}
	return r
}

func TestAManagerPairsWithTheCodeAndTheAnswersReachTheParticipant(t *testing.T) {
	h, addr, ana, q, code := managersRoom(t)
	maria := dialCompared(t, addr)
	joined, err := maria.JoinAsManager(ctx(t), h.Code(), code, "Maria")
	if err != nil {
		t.Fatalf("pairing: %v", err)
	}
	got := joined.Request
	if got.ID != q.ID || got.Name != "Ana" || len(got.Statements) != len(q.Statements) || len(got.Skills) != len(q.Skills) ||
		len(got.Skills[0].Levels) != workshop.Scale {
		t.Errorf("the manager received %+v, want Ana's request %s with its statements and anchored skills", got, q.ID)
	}
	if got.SelfSkills != nil || got.SelfExpectations != nil {
		t.Errorf("the request carried ratings Ana did not tick in: %v %v", got.SelfSkills, got.SelfExpectations)
	}
	if p, err := ana.Pairing(ctx(t)); err != nil || p.Manager != "Maria" || p.Code != "" || p.Response != nil {
		t.Errorf("Ana's pairing once Maria paired: %+v, %v", p, err)
	}

	r := answeredBy(joined.Request, "Maria", time.Now())
	if err := maria.SendManagerResponse(ctx(t), r); err != nil {
		t.Fatalf("sending the answers: %v", err)
	}
	if err := maria.SendManagerResponse(ctx(t), r); err != nil { // the same again
		t.Fatalf("sending the answers again: %v", err)
	}
	p, err := ana.Pairing(ctx(t))
	if err != nil || p.Response == nil || p.Response.ID != r.ID || p.Response.Expectations[q.Statements[0].ID] != 4 {
		t.Fatalf("Ana's pairing after Maria answered: %+v, %v", p, err)
	}
	a := exampleAnswers(t)
	a.ID = q.AnswersID
	if _, err := manager.Apply(a, nil, p.Response, false); err != nil {
		t.Errorf("the answers received do not apply to Ana's answers as a file would: %v", err)
	}

	// Nothing the facilitator's screens, the projector or the CSV read
	// carries the manager's answers.
	if len(h.SharedAnswers()) != 1 {
		t.Fatal("Ana's answers are not shared with the facilitator, so this shows nothing")
	}
	for _, shared := range h.SharedAnswers() {
		if doc := mustJSON(t, shared); strings.Contains(doc, "Maria") || strings.Contains(doc, r.ID) {
			t.Errorf("shared answers carry the manager's answers: %s", doc)
		}
	}
	// Managers are not participants: not on the roster, not in the figures.
	if n := len(h.Members()); n != 1 {
		t.Errorf("roster has %d entries, want Ana only", n)
	}
	if n := h.Answered(); n != 1 {
		t.Errorf("%d answered, want 1", n)
	}
	if n := h.ManagersPaired(); n != 1 {
		t.Errorf("%d managers paired, want 1", n)
	}
	// The code is used once.
	if _, err := dialCompared(t, addr).JoinAsManager(ctx(t), h.Code(), code, "Mallory"); !errors.Is(err, workshop.ErrBadPairing) {
		t.Errorf("a second manager with the used code: %v, want ErrBadPairing", err)
	}
}

func TestAManagerReadsNothingElseOfTheParticipant(t *testing.T) {
	h, addr, _, _, code := managersRoom(t)
	maria := dialCompared(t, addr)
	if _, err := maria.JoinAsManager(ctx(t), h.Code(), code, "Maria"); err != nil {
		t.Fatal(err)
	}
	maria.mu.Lock()
	token := maria.token
	maria.mu.Unlock()
	for _, tc := range []struct{ method, path string }{
		{http.MethodGet, "/v1/answers"},
		{http.MethodPut, "/v1/answers"},
		{http.MethodGet, "/v1/state"},
		{http.MethodGet, "/v1/events"},
		{http.MethodGet, "/v1/pairing"},
		{http.MethodPost, "/v1/pairing"},
	} {
		if status, msg := raw(t, maria, tc.method, tc.path, token, []byte(`{}`)); status != http.StatusUnauthorized {
			t.Errorf("%s %s with a manager's token: %d %q, want 401", tc.method, tc.path, status, msg)
		}
	}
	if _, _, err := maria.GetAnswers(ctx(t)); !errors.Is(err, workshop.ErrUnknownSession) {
		t.Errorf("the manager reading answers: %v, want ErrUnknownSession", err)
	}
}

func TestAManagerCannotPairWithoutTheParticipantsCode(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	ana, _ := join(t, addr, h.Code(), "Ana")
	maria := dialCompared(t, addr)
	// Off by default: no offers, no managers.
	if _, err := ana.OfferPairing(ctx(t), &manager.Request{}); !errors.Is(err, workshop.ErrManagersClosed) {
		t.Errorf("offering while managers are not let in: %v", err)
	}
	if _, err := maria.JoinAsManager(ctx(t), h.Code(), "ABCDEF", "Maria"); !errors.Is(err, workshop.ErrManagersClosed) {
		t.Errorf("pairing while managers are not let in: %v", err)
	}
	if err := h.SetManagers(ctx(t), true); err != nil {
		t.Fatal(err)
	}
	_, code := offer(t, h, ana, "Ana")
	if _, err := maria.JoinAsManager(ctx(t), "ZZZZZZ", code, "Maria"); !errors.Is(err, workshop.ErrBadCode) {
		t.Errorf("the right pairing code with a wrong room code: %v, want ErrBadCode", err)
	}
	wrong := "ZZZZZZ"
	for i := range workshop.MaxWrongCodes {
		if _, err := maria.JoinAsManager(ctx(t), h.Code(), wrong, "Maria"); !errors.Is(err, workshop.ErrBadPairing) {
			t.Fatalf("wrong pairing code %d: %v, want ErrBadPairing", i+1, err)
		}
	}
	// Limited like wrong join codes: now even the right code waits.
	_, err := maria.JoinAsManager(ctx(t), h.Code(), code, "Maria")
	var refused *workshop.RoomError
	if !errors.Is(err, workshop.ErrTooManyTries) || !errors.As(err, &refused) || refused.RetryAfter <= 0 {
		t.Fatalf("after %d wrong pairing codes: %v, want ErrTooManyTries with a wait", workshop.MaxWrongCodes, err)
	}
	if p, err := ana.Pairing(ctx(t)); err != nil || p.Code != code || p.Manager != "" {
		t.Errorf("Ana's pairing after the guesses: %+v, %v; want her code still open", p, err)
	}
	if h.ManagersPaired() != 0 {
		t.Error("a manager paired without the code")
	}
}

func TestAManagersAnswersTouchOnlyTheirTeamMember(t *testing.T) {
	h, addr, ana, anaRequest, code := managersRoom(t)
	ben, _ := join(t, addr, h.Code(), "Ben")
	benRequest, _ := offer(t, h, ben, "Ben")
	maria := dialCompared(t, addr)
	if _, err := maria.JoinAsManager(ctx(t), h.Code(), code, "Maria"); err != nil {
		t.Fatal(err)
	}
	forBen := answeredBy(benRequest, "Maria", time.Now())
	if err := maria.SendManagerResponse(ctx(t), forBen); !errors.Is(err, workshop.ErrInvalid) {
		t.Errorf("answers to Ben's request from Ana's manager: %v, want ErrInvalid", err)
	}
	mixed := answeredBy(anaRequest, "Maria", time.Now())
	mixed.AnswersID = benRequest.AnswersID
	if err := maria.SendManagerResponse(ctx(t), mixed); !errors.Is(err, workshop.ErrInvalid) {
		t.Errorf("answers naming Ana's request and Ben's answers: %v, want ErrInvalid", err)
	}
	if p, err := ben.Pairing(ctx(t)); err != nil || p.Response != nil || p.Manager != "" {
		t.Errorf("Ben's pairing: %+v, %v; want untouched", p, err)
	}
	if p, err := ana.Pairing(ctx(t)); err != nil || p.Response != nil {
		t.Errorf("Ana's pairing: %+v, %v; want no answers yet", p, err)
	}

	// A newer version replaces the one held; an older one does not.
	first := answeredBy(anaRequest, "Maria", time.Now())
	later := *first
	later.Updated = first.Updated.Add(time.Minute)
	later.Commitments = []string{"An hour a week"}
	for _, r := range []*manager.Response{first, &later, first} {
		if err := maria.SendManagerResponse(ctx(t), r); err != nil {
			t.Fatal(err)
		}
	}
	if p, _ := ana.Pairing(ctx(t)); p.Response == nil || len(p.Response.Commitments) != 1 {
		t.Errorf("Ana holds %+v, want the later version", p.Response)
	}
}

func TestARemovedParticipantsPairingIsDropped(t *testing.T) {
	h, addr, _, q, code := managersRoom(t)
	maria := dialCompared(t, addr)
	if _, err := maria.JoinAsManager(ctx(t), h.Code(), code, "Maria"); err != nil {
		t.Fatal(err)
	}
	ben, _ := join(t, addr, h.Code(), "Ben")
	_, benCode := offer(t, h, ben, "Ben")
	for _, m := range h.Members() {
		if err := h.Remove(ctx(t), m.ID); err != nil {
			t.Fatal(err)
		}
	}
	if err := maria.SendManagerResponse(ctx(t), answeredBy(q, "Maria", time.Now())); !errors.Is(err, workshop.ErrUnknownSession) {
		t.Errorf("a removed participant's manager sending answers: %v, want ErrUnknownSession", err)
	}
	if _, err := dialCompared(t, addr).JoinAsManager(ctx(t), h.Code(), benCode, "Mo"); !errors.Is(err, workshop.ErrBadPairing) {
		t.Errorf("pairing with a removed participant's code: %v, want ErrBadPairing", err)
	}
	if n := h.ManagersPaired(); n != 0 {
		t.Errorf("%d managers paired after the removals, want 0", n)
	}
}

func TestAnOfferMustBeForTheParticipantsOwnAnswersAndPack(t *testing.T) {
	h, _, ana, q, _ := managersRoom(t)
	other := *q
	other.AnswersID = workshop.NewAnswers(h.Content().ID, time.Now()).ID
	if _, err := ana.OfferPairing(ctx(t), &other); !errors.Is(err, workshop.ErrInvalid) {
		t.Errorf("a request for other answers: %v, want ErrInvalid", err)
	}
	pack := *q
	pack.ContentID = "another-pack"
	if _, err := ana.OfferPairing(ctx(t), &pack); !errors.Is(err, workshop.ErrInvalid) {
		t.Errorf("a request on another pack: %v, want ErrInvalid", err)
	}
	broken := *q
	broken.Statements, broken.Skills = nil, nil
	if _, err := ana.OfferPairing(ctx(t), &broken); !errors.Is(err, workshop.ErrInvalid) {
		t.Errorf("a request with nothing to answer: %v, want ErrInvalid", err)
	}
}
