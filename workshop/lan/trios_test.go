package lan

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// practiceAgenda is the default agenda with the built-in pack's practice
// phases.
func practiceAgenda(t testing.TB) []workshop.Phase {
	return workshop.WithPractice(workshop.DefaultAgenda, builtin(t))
}

// joinMany joins n participants named "First<i> Last<i>" and returns
// their clients and IDs.
func joinMany(t *testing.T, h *Host, addr string, n int) ([]*Client, []string) {
	var clients []*Client
	var ids []string
	for i := range n {
		c, j := join(t, addr, h.Code(), fmt.Sprintf("First%d Last%d", i, i))
		clients = append(clients, c)
		ids = append(ids, j.Session.ParticipantID)
	}
	return clients, ids
}

func TestParticipantSeesOnlyTheirOwnTrio(t *testing.T) {
	h, addr := startHost(t, HostOptions{Content: builtin(t), Agenda: practiceAgenda(t)})
	clients, ids := joinMany(t, h, addr, 7)
	if err := h.FormTrios(ctx(t), ids, true); err != nil {
		t.Fatal(err)
	}
	if h.State().Grouping == 0 {
		t.Error("forming trios did not tell the room")
	}
	trios := h.Trios()
	for i, c := range clients {
		p, err := c.Partners(ctx(t))
		if err != nil {
			t.Fatalf("participant %d: %v", i, err)
		}
		group, pos, _ := trios.Of(ids[i])
		if len(p.Group) != len(group) {
			t.Fatalf("participant %d sees %d in the trio, the host formed %d", i, len(p.Group), len(group))
		}
		for k, m := range p.Group {
			other := slices.Index(ids, group[k])
			if m.Name != fmt.Sprintf("First%d", other) {
				t.Errorf("participant %d sees %q at place %d, want the first name of member %d", i, m.Name, k, other)
			}
			if strings.Contains(m.Name, "Last") {
				t.Errorf("participant %d sees a full name %q", i, m.Name)
			}
			if m.Me != (k == pos) {
				t.Errorf("participant %d: place %d marked me=%v", i, k, m.Me)
			}
		}
		// Nobody from another trio.
		for k, id := range ids {
			if !slices.Contains(group, id) && slices.ContainsFunc(p.Group, func(m Partner) bool { return m.Name == fmt.Sprintf("First%d", k) }) {
				t.Errorf("participant %d sees member %d of another trio", i, k)
			}
		}
	}
}

func TestRolesRotateWithTheRounds(t *testing.T) {
	h, addr := startHost(t, HostOptions{Content: builtin(t), Agenda: practiceAgenda(t)})
	clients, ids := joinMany(t, h, addr, 3)
	if err := h.NextRound(ctx(t)); !errors.Is(err, workshop.ErrNoRound) {
		t.Errorf("a round outside a practice phase: %v", err)
	}
	if err := h.GoTo(ctx(t), 2); err != nil { // the first practice phase
		t.Fatal(err)
	}
	if h.State().Current().Practice == "" {
		t.Fatalf("phase 3 is %q, not a practice", h.State().Current().ID)
	}
	if err := h.FormTrios(ctx(t), ids, false); err != nil {
		t.Fatal(err)
	}
	roles := map[int][]workshop.TrioRole{}
	for round := 1; round <= workshop.PracticeRounds; round++ {
		if err := h.NextRound(ctx(t)); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		st := h.State()
		if left := time.Until(st.Timer.Deadline); st.Round != round || left > 8*time.Minute || left < 7*time.Minute {
			t.Errorf("round %d: state round %d with %v on the timer, want a round of 8 minutes", round, st.Round, left)
		}
		for i, c := range clients {
			p, err := c.Partners(ctx(t))
			if err != nil {
				t.Fatal(err)
			}
			if p.Round != round || p.Practice != h.State().Current().Practice {
				t.Errorf("participant %d hears round %d of %q", i, p.Round, p.Practice)
			}
			me := slices.IndexFunc(p.Group, func(m Partner) bool { return m.Me })
			roles[i] = append(roles[i], p.Group[me].Role)
		}
	}
	for i, r := range roles {
		slices.Sort(r)
		if !slices.Equal(r, []workshop.TrioRole{workshop.Listener, workshop.Observer, workshop.Speaker}) {
			t.Errorf("participant %d had the roles %v over three rounds", i, r)
		}
	}
	if err := h.NextRound(ctx(t)); !errors.Is(err, workshop.ErrNoRound) {
		t.Errorf("a fourth round: %v", err)
	}
}

func TestARemovedParticipantLeavesTheirTrio(t *testing.T) {
	h, addr := startHost(t, HostOptions{Content: builtin(t), Agenda: practiceAgenda(t)})
	clients, ids := joinMany(t, h, addr, 4)
	if err := h.FormTrios(ctx(t), ids, false); err != nil {
		t.Fatal(err)
	}
	before := h.State().Grouping
	if err := h.Remove(ctx(t), ids[0]); err != nil {
		t.Fatal(err)
	}
	if h.State().Grouping == before {
		t.Error("the room was not told the trios changed")
	}
	for i, c := range clients[1:] {
		p, err := c.Partners(ctx(t))
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Group) != 3 || slices.ContainsFunc(p.Group, func(m Partner) bool { return m.Name == "First0" }) {
			t.Errorf("participant %d's trio after one left: %+v", i+1, p.Group)
		}
	}
}

func TestFormTriosRefusesStrangers(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	_, ids := joinMany(t, h, addr, 3)
	if err := h.FormTrios(ctx(t), append(ids, "not-a-member"), true); !errors.Is(err, ErrLeftRoom) {
		t.Errorf("an unknown ID: %v", err)
	}
	if err := h.FormTrios(ctx(t), append(ids, ids[0]), true); err == nil || !strings.Contains(err.Error(), "twice") {
		t.Errorf("an ID twice: %v", err)
	}
	if err := h.FormTrios(ctx(t), ids[:1], true); !errors.Is(err, workshop.ErrTooFewForTrios) {
		t.Errorf("one person: %v", err)
	}
	if len(h.Trios()) != 0 {
		t.Errorf("refused trios were kept: %v", h.Trios())
	}
}

func TestBuddiesSeeOnlyEachOther(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	clients, ids := joinMany(t, h, addr, 5)
	if err := h.PairBuddies(ctx(t), ids, "soon"); err == nil {
		t.Error("a check-in day that is not a date was taken")
	}
	if err := h.PairBuddies(ctx(t), ids, "2027-01-07"); err != nil {
		t.Fatal(err)
	}
	pairs, day := h.Buddies()
	if day != "2027-01-07" {
		t.Errorf("check-in day %q", day)
	}
	for i, c := range clients {
		p, err := c.Partners(ctx(t))
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, id := range pairs[ids[i]] {
			want = append(want, fmt.Sprintf("First%d", slices.Index(ids, id)))
		}
		if !slices.Equal(p.Buddies, want) || p.BuddyCheckIn != "2027-01-07" || len(p.Group) != 0 {
			t.Errorf("participant %d hears buddies %v on %q and trio %v; want %v", i, p.Buddies, p.BuddyCheckIn, p.Group, want)
		}
	}
}

func TestPartnersNeedsAToken(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	c, _ := join(t, addr, h.Code(), "Ana")
	if status, _ := raw(t, c, http.MethodGet, "/v1/partners", "", nil); status != http.StatusUnauthorized {
		t.Errorf("without a token: %d", status)
	}
}

func TestDecodePartners(t *testing.T) {
	good := `{"practice":"coach","round":2,"group":[{"name":"Ana","role":"speaker","me":true},{"name":"Ben","role":"listener"}],"buddies":["Cleo"],"buddyCheckIn":"2027-01-07"}`
	if p, err := DecodePartners([]byte(good)); err != nil || len(p.Group) != 2 || p.Buddies[0] != "Cleo" {
		t.Fatalf("DecodePartners(good) = %+v, %v", p, err)
	}
	for name, bad := range map[string]string{
		"unknown field":  `{"round":1,"everyone":[]}`,
		"round too high": `{"round":4}`,
		"unknown role":   `{"round":1,"group":[{"name":"Ana","role":"boss","me":true}]}`,
		"nobody is me":   `{"round":1,"group":[{"name":"Ana","role":"speaker"}]}`,
		"empty name":     `{"round":1,"buddies":[" "]}`,
		"not a date":     `{"round":1,"buddies":["Ana"],"buddyCheckIn":"soon"}`,
		"long name":      `{"round":1,"buddies":["` + strings.Repeat("x", 81) + `"]}`,
		"trailing":       `{"round":1}{}`,
	} {
		if _, err := DecodePartners([]byte(bad)); err == nil || !strings.Contains(err.Error(), "your trio") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func FuzzDecodePartners(f *testing.F) {
	for _, seed := range []string{
		`{"practice":"coach","round":2,"group":[{"name":"Ana","role":"speaker","me":true},{"name":"Ben","role":"listener"}],"buddies":["Cleo"],"buddyCheckIn":"2027-01-07"}`,
		`{"round":0}`, `{}`, `null`, `[]`, `{"round":-1}`, `{"group":[{"name":"\u0000","role":"observer","me":true}]}`, "\xff",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := DecodePartners(data)
		if err != nil {
			return
		}
		if err := p.check(); err != nil {
			t.Errorf("decoded a message its own check refuses: %v", err)
		}
		if len(p.Group) > maxGroup || p.Round > workshop.PracticeRounds {
			t.Errorf("decoded past the bounds: %+v", p)
		}
	})
}

func TestSetTriosByHand(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	clients, ids := joinMany(t, h, addr, 5)
	if err := h.SetTrios(ctx(t), workshop.Trios{{ids[0], ids[1], ids[2], ids[3]}, {ids[4]}}); err == nil || !strings.Contains(err.Error(), "trio 2 has 1") {
		t.Errorf("a group of one: %v", err)
	}
	if err := h.SetTrios(ctx(t), workshop.Trios{{ids[0], ids[4]}, {ids[1], ids[2], ids[3]}}); err != nil {
		t.Fatal(err)
	}
	p, err := clients[4].Partners(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Group) != 2 || p.Group[0].Name != "First0" || !p.Group[1].Me {
		t.Errorf("the pair arranged by hand: %+v", p.Group)
	}
}
