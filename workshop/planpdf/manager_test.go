package planpdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
)

// priya is Zoë's manager's response: she holds the go-to-expert myth more
// than Zoë does, sees delegating lower than Zoë and needs more of it, and
// answers the first core questions.
func priya(a *workshop.Answers) *manager.Response {
	return &manager.Response{Format: manager.ResponseFormat, Version: manager.ResponseVersion,
		ID: "00000000-0000-4000-8000-0000000000a1", RequestID: "00000000-0000-4000-8000-0000000000b1",
		AnswersID: a.ID, ContentID: a.ContentID, Edition: "", Updated: fixtureTime, Manager: "Priya Raman",
		Expectations: map[string]int{"ex-tech": 5, "ex-people": 5, "ex-priorities": 1, "ex-feedback": 4},
		Skills: map[string]manager.SkillView{"delegating": {Needed: 4, Today: 2}, "prioritising": {Needed: 3, Today: 2},
			"coaching": {Needed: 3, Today: 3}},
		Answers: []manager.Answer{
			{ID: "core-1", Question: "How do you see the team's situation today?", Text: "Stretched: two projects late and the queue growing since Marta left."},
			{ID: "core-2", Question: "What do you expect of me in the first 90 days?", Text: "The queue under 40 tickets, and one-to-ones running with everyone."},
		},
		Commitments: []string{"An hour every second Friday, for the first 90 days", "An introduction to the network team's lead", "Budget for one course this year"},
	}
}

func TestRenderWithTheManagersResponse(t *testing.T) {
	c := testContent(t)
	a := zoe()
	a.Plan = nil // drafted from the answers, so the manager's answers can change the focus
	a.Expectations["ex-tech"] = workshop.Pair{Me: 2, Org: 4}
	pdf := renderPDF(t, c, a, Options{Manager: priya(a)})
	if *samples != "" {
		if err := os.WriteFile(filepath.Join(*samples, "manager.pdf"), pdf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	text := flat(pdfText(t, pdf, 0, 0))
	at := 0
	for _, w := range []string{
		"your manager says this role needs level 3", // the why names the manager
		"The conversation with my manager", "Priya Raman answered the first questions",
		"How do you see the team's situation today?", "Priya Raman: Stretched: two projects late",
		"What do you expect of me in the first 90 days?", "Priya Raman: The queue under 40 tickets",
		"To agree together", "Agree together how much of \"I remain the go-to technical expert\" (you 2 of 5, Priya Raman 5) stays yours",
		"What my manager commits to", "An hour every second Friday", "Budget for one course this year", "Participant: Zoë Müller", "Manager: Priya Raman",
		"What the role is: me, my belief, my manager", "My manager expects",
		"Skills: my view and my manager's", "My manager sees me at", "4 (manager)",
		"You rate yourself at level 4 of 5", "your manager sees you at level 2",
	} {
		i := strings.Index(text[at:], w)
		if i < 0 {
			t.Errorf("%q missing or out of order", w)
			continue
		}
		at += i
	}
	if t.Failed() {
		t.Logf("text:\n%s", text)
	}
	other := zoe()
	other.ID = "00000000-0000-4000-8000-000000000009"
	if text := flat(pdfText(t, renderPDF(t, c, other, Options{Manager: priya(a)}), 0, 0)); strings.Contains(text, "Priya Raman: Stretched") {
		t.Error("a response bound to other answers was printed")
	}
}

// The documented manager's response answers the documented request and
// renders into the example plan.
func TestExampleResponseRendersIntoTheExamplePlan(t *testing.T) {
	c, a := example(t)
	open := func(name string) *os.File {
		f, err := os.Open(filepath.Join("..", "..", "docs", "examples", name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	q, err := manager.DecodeRequest(open(filepath.Join("manager", "request.json")))
	if err != nil {
		t.Fatalf("example request: %v", err)
	}
	m, err := manager.DecodeResponse(open(filepath.Join("manager", "response.json")))
	if err != nil {
		t.Fatalf("example response: %v", err)
	}
	if err := manager.MatchRequest(m, q); err != nil {
		t.Fatal(err)
	}
	if err := manager.Bind(m, a); err != nil {
		t.Fatal(err)
	}
	text := flat(pdfText(t, renderPDF(t, c, a, Options{Manager: m}), 0, 0))
	for _, w := range []string{"Jiří Dvořák: The core network is in good shape", m.Commitments[0], "Manager: Jiří Dvořák",
		"What the role is: me, my belief, my manager", "Skills: my view and my manager's"} {
		if !strings.Contains(text, w) {
			t.Errorf("%q missing from the example plan", w)
		}
	}
}

// FuzzRenderWithAResponse: whatever manager's response decodes and binds,
// the plan is analysed, drafted and rendered from it without a panic.
func FuzzRenderWithAResponse(f *testing.F) {
	c := testContent(f)
	a := zoe()
	a.Plan = nil
	var buf bytes.Buffer
	if err := manager.EncodeResponse(&buf, priya(a)); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(`{"format":"leadshift.manager-response","version":1,"id":"00000000-0000-4000-8000-0000000000a1","requestId":"00000000-0000-4000-8000-0000000000b1","answersId":"00000000-0000-4000-8000-000000000001","skills":{"coaching":{"needed":5,"today":1},"nope":{"today":2}},"expectations":{"ex-tech":1,"ex-pay":5},"answers":[{"id":"core-9","text":"\u202e"}],"commitments":[""]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := manager.DecodeResponse(bytes.NewReader(data))
		if err != nil || manager.Bind(m, a) != nil {
			return
		}
		var out bytes.Buffer
		if err := Render(&out, c, a, Options{Manager: m}); err != nil || !bytes.HasPrefix(out.Bytes(), []byte("%PDF")) {
			t.Fatalf("Render: %v", err)
		}
	})
}
