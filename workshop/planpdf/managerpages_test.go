package planpdf

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop/manager"
)

func TestRenderRequestAndGuide(t *testing.T) {
	c, a := example(t)
	q, err := manager.NewRequest(c, a, manager.Include{}, time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := RenderRequest(&buf, c, q, Options{}); err != nil {
		t.Fatal(err)
	}
	pages, _ := pdfInfo(t, buf.Bytes())
	text := flat(pdfText(t, buf.Bytes(), 0, 0))
	for _, w := range []string{"a request from " + a.Participant.Name, "7 December 2026", c.Manager.RequestIntro[:60],
		c.Expectations[0].Statement, "circle one", c.Skills[0].Name, "The levels in words, for the skills above", strings.TrimRight(c.Skills[0].Levels[4], "."),
		q.Questions[4].Text, "What I commit to", "Your name"} {
		if !strings.Contains(text, w) {
			t.Errorf("request: %q missing", w)
		}
	}
	if pages > 4 {
		t.Errorf("the request prints on %d pages, want two sheets at most", pages)
	}
	buf.Reset()
	if err := RenderGuide(&buf, c, Options{Paper: Letter}); err != nil {
		t.Fatal(err)
	}
	if pages, _ := pdfInfo(t, buf.Bytes()); pages != 1 {
		t.Errorf("the guide has %d pages, want one", pages)
	}
	text = flat(pdfText(t, buf.Bytes(), 0, 0))
	for _, s := range c.Manager.Guide {
		if !strings.Contains(text, s.Heading) || !strings.Contains(text, s.Text[:50]) {
			t.Errorf("guide: section %q missing", s.Heading)
		}
	}
	c.Manager = nil
	if err := RenderGuide(&buf, c, Options{}); err == nil {
		t.Error("a pack without a guide rendered one")
	}
}
