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
	// Page 1 holds everything a manager answers, on A4 and on the shorter
	// Letter; page 2 is the optional reference of the levels in words.
	for _, paper := range []Paper{A4, Letter} {
		buf.Reset()
		if err := RenderRequest(&buf, c, q, Options{Paper: paper}); err != nil {
			t.Fatal(err)
		}
		if pages, _ := pdfInfo(t, buf.Bytes()); pages != 2 {
			t.Errorf("%s: the request prints on %d pages, want the form and its optional reference", paper, pages)
		}
		form := flat(pdfText(t, buf.Bytes(), 1, 1))
		want := []string{"a request from " + a.Participant.Name, "7 December 2026", c.Manager.RequestIntro[:60], "Your name",
			"Tick one box", "What I commit to"}
		for _, s := range q.Statements {
			want = append(want, s.Text)
		}
		for _, s := range q.Skills {
			want = append(want, s.Name)
		}
		for _, qu := range q.Questions {
			want = append(want, qu.Text)
		}
		for _, w := range want {
			if !strings.Contains(form, w) {
				t.Errorf("%s: the form's page lacks %q", paper, w)
			}
		}
		if strings.Contains(form, strings.TrimRight(c.Skills[0].Levels[4], ".")) {
			t.Errorf("%s: the levels in words crowd the form's page", paper)
		}
		reference := flat(pdfText(t, buf.Bytes(), 2, 2))
		for _, w := range []string{"Optional reference", "You do not need this page to answer", strings.TrimRight(c.Skills[0].Levels[4], "."),
			strings.TrimRight(c.Skills[len(c.Skills)-1].Levels[0], ".")} {
			if !strings.Contains(reference, w) {
				t.Errorf("%s: the reference page lacks %q", paper, w)
			}
		}
	}
	buf.Reset()
	if err := RenderGuide(&buf, c, Options{Paper: Letter}); err != nil {
		t.Fatal(err)
	}
	if pages, _ := pdfInfo(t, buf.Bytes()); pages != 1 {
		t.Errorf("the guide has %d pages, want one", pages)
	}
	text := flat(pdfText(t, buf.Bytes(), 0, 0))
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
