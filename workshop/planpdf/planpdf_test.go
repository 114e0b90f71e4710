package planpdf

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

var (
	update  = flag.Bool("update", false, "rewrite the golden PDFs in testdata/")
	samples = flag.String("samples", "", "write sample PDFs into this directory to look at")
)

func TestRenderContent(t *testing.T) {
	c := testContent(t)
	empty := workshop.NewAnswers("test-pack", fixtureTime)
	empty.ID = "00000000-0000-4000-8000-000000000003"
	empty.Participant.Name = "Sam Empty"
	tests := []struct {
		name   string
		a      *workshop.Answers
		want   []string // in this order
		absent []string
	}{{
		name: "complete plan",
		a:    zoe(),
		want: []string{
			// the plan itself, first
			"Zoë Müller", "LeadShift personal development plan", "14 March 2026",
			"Personal development plan: the next 90 days", "Team lead, service desk · team of 7 · less than 1 year in leadership · manager Priya Raman",
			"The shift I am making", "From fixing the hard tickets myself to making sure the team can fix them.",
			"Focus area 1: Delegating", "Why this, why now", "You rated yourself at level 2 of 5 for delegating",
			"Goal", "Hand over firewall change approval and key-account escalations.",
			"Measured by", "Escalations that come straight to me each week. Today 9, target 4.",
			"Achievable", "One level up in 90 days, from level 2 to level 3: “Delegating level 3: I do it on routine matters and keep the hard cases”.",
			"Relevant", "Frees a day a week for one-to-ones.", "Done by", "5 June 2026",
			"70% - on the job", "Hand over the firewall change approvals to Marek with a checklist.",
			"20% - with other people", "10% - courses and reading", "If-then plan", "When Marek asks me",
			"Support", "Monthly check-in with Priya", "First step", "Book 30 minutes with Marek to walk through the change checklist, by 20 March 2026.",
			"Focus area 2: Coaching", "Starting in April 2026", "Send the one-to-one invitations for April, by 25 March 2026.",
			"Strengths to build on", "Working through people (83 of 100)",
			"What I will stop doing myself", "Approving every firewall change myself: Marek owns it from 1 April 2026.",
			"30-60-90 days", "Day 30 14 April 2026", "Marek approves firewall changes on his own", "Day 90 12 June 2026",
			"Obstacles and how I will handle them", "An outage pulls me back into the console.", "I take the incident-commander role",
			"The conversation with my manager", "How do you see the team's situation today?", "Which technical decisions do you expect me to keep?",
			"What my manager commits to", "Priya protects Friday afternoons",
			"Signatures", "Participant: Zoë Müller", "Manager: Priya Raman", "Date",
			"Progress log", "Review date", "What I did", "Indicator now", "Next step", "14 April 2026", "14 May 2026", "12 June 2026",
			"On day 90, 12 June 2026: re-take the situations of the self-assessment and count the indicators again (escalations that come straight to me each week; seven one-to-ones a month, with notes).",
			// the evidence, after
			"The evidence behind the plan", "Readiness profile", "25 of 100",
			"Letting go of technical work, 25 of 100. You still carry much of the technical work yourself",
			"Working through people, 83 of 100. You hold coaching and feedback conversations with confidence.",
			"What the role is, and what I expect of it", "Statement", "I expect", "What I believe my organisation expects",
			"I remain the go-to technical expert. 5 2 A common picture of the role that may not hold",
			"I hold regular one-to-ones with each team member. 2 5 Part of the job you had not planned for",
			"For the statements below, the second rating is what I believe my organisation will provide.",
			"Better pay than in a technical role.", "4 1 Less than you hoped",
			"Skills", "Level today", "Level a first-line lead needs", "Delegating 2 3 1 level 5 of 5",
			"At or above the level a first-line lead needs, with your level today: Giving feedback (3), Prioritising (4).",
			"Delegation map", "What lands on me", "Who could own it", "How much I hand over", "Hand over by",
			"Approving every firewall change", "decision", "Marek (senior admin)", "You decide after asking me", "A written change checklist", "1 April 2026",
			"My week", "Hours a week today: 25 technical, 5 people, 5 planning, 5 users and other teams: 40 in all", "Hours a week in 90 days: 12 technical", "Escalations that came straight to me last week", "9",
			"My reflections", "What technical work do you find hardest to let go of, and why?",
			"“Network troubleshooting. I was the best at it and it is how I earned respect.”",
			"Page 4 of 4",
		},
		absent: []string{"not filled in", "not answered", "draft", "no date"},
	}, {
		name: "plan not written: the draft",
		a:    lukasz(),
		want: []string{
			"Łukasz Żółć", "LeadShift personal development plan - draft suggested from your answers",
			"Infrastructure lead · team of 4 · 1 to 3 years in leadership · manager Jiří Dvořák", "This is a draft suggested from your answers.",
			"Focus area 1: Giving feedback", "You expect \"I address poor performance early\" less (1 of 5)",
			"What support can I expect from HR and from you?",
			"What my manager commits to", "Time, mandate, introductions, feedback",
			"Readiness profile", "Working through people: not enough answers.", "You answered 0 of its 3 statements",
			"I address poor performance early.", "Part of the job you had not planned for",
			"“Last week, during the storage migration — it cost me a weekend.”",
		},
		absent: []string{"not filled in", "Strengths to build on", "My week"},
	}, {
		name: "nothing answered",
		a:    empty,
		want: []string{
			"Sam Empty", "draft suggested from your answers",
			"Nothing has been answered yet, so there is no focus area to suggest.",
			"The conversation with my manager", "How do you see the team's situation today?",
			"Signatures", "Progress log",
			"Things to talk through", "Nothing has been answered yet",
			"Readiness profile", "Letting go of technical work: not enough answers.",
		},
		absent: []string{"not filled in", "Focus area 1", "0 of 100", "Skills", "Delegation map", "My reflections", "Page 2 of 1"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := flat(pdfText(t, renderPDF(t, c, tt.a, Options{}), 0, 0))
			at := 0
			for _, w := range tt.want {
				i := strings.Index(text[at:], w)
				if i < 0 {
					if strings.Contains(text, w) {
						t.Errorf("%q is out of order: not found after byte %d", w, at)
					} else {
						t.Errorf("%q missing", w)
					}
					continue
				}
				at += i
			}
			for _, w := range tt.absent {
				if strings.Contains(text, w) {
					t.Errorf("%q should not be printed", w)
				}
			}
			if t.Failed() {
				t.Logf("text:\n%s", text)
			}
		})
	}
}

func TestUnicodeText(t *testing.T) {
	c := testContent(t)
	names := []string{"Zoë Müller", "Łukasz Żółć", "José Nuñez", "Çağrı Öztürk", "Jiří Dvořák", "Αλέξανδρος", "Дмитрий"}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			a := zoe()
			a.Participant.Name = name
			a.Participant.Manager = name + " Senior"
			a.Delegations[0].Owner = name
			pdf := renderPDF(t, c, a, Options{})
			text := pdfText(t, pdf, 0, 0)
			if n := strings.Count(text, name); n < 6+3 {
				t.Errorf("%q printed %d times, want at least 9 (6 headers, summary, signature, delegation)", name, n)
			}
			if strings.ContainsRune(text, replacementRune()) {
				t.Errorf("text has a replacement mark")
			}
			checkInside(t, pdf)
		})
	}

	tests := []struct {
		name, in, want string
		absent         []string
	}{
		{"emoji and CJK are replaced visibly", "Ana 😀 中文 Lee", "Ana \uFFFD \uFFFD\uFFFD Lee", []string{"😀", "中"}},
		{"controls are stripped", "Bell\x07Ring\x00er", "BellRinger", nil},
		{"decomposed accents are composed", "Zoe\u0308 Mu\u0308ller", "Zoë Müller", nil},
		{"zero-width joiner and variation selector dropped", "Team ❤\uFE0F\u200Dlead", "Team \uFFFDlead", []string{"❤"}},
		{"invalid UTF-8 is marked", "Bad\xffbyte", "Bad\uFFFDbyte", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := zoe()
			a.Participant.Name = tt.in
			text := pdfText(t, renderPDF(t, c, a, Options{}), 1, 1)
			if !strings.Contains(text, tt.want) {
				t.Errorf("want %q in page 1:\n%s", tt.want, text)
			}
			for _, s := range tt.absent {
				if strings.Contains(text, s) {
					t.Errorf("%q should have been replaced", s)
				}
			}
		})
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"a\r\nb\rc\u2028d", "a\nb\nc\nd"},
		{"tab\there\u2009thin\u3000wide", "tab here\u2009thin wide"}, // the fonts draw a thin space, not an ideographic one
		{"soft\u00ADhyphen", "softhyphen"},
		{"😀", "\uFFFD"},
		{"Çağrı", "Çağrı"},
		{"on\u2011call step\u2010by\u2010step", "on-call step-by-step"},
	}
	if replacementRune() != '\uFFFD' {
		t.Fatalf("the fonts should have U+FFFD, got %q", replacementRune())
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// longAnswers stretches every free text: an 80-character name, 2000
// characters in reflections and in a focus area, a 4000-character
// delegation row and 40 more rows.
func longAnswers() *workshop.Answers {
	a := zoe()
	a.Participant.Name = runes("Maximiliana Alessandra Dvořáková-Żółkiewska von Hohenzollern-Sigmaringen-Württemberg", 80)
	a.Participant.Role = strings.Repeat("Lead of everything that breaks at night ", 10)
	long := runes(strings.Repeat("I keep fixing things myself because it feels faster, and the team waits for me. ", 30), 2000)
	a.Reflections["lg-p1"] = long
	a.Reflections["pp-p1"] = strings.Repeat("x", 300) // no spaces: must still wrap
	a.Plan.Focus[0].Why = long
	a.Plan.Focus[0].Goal.Specific = long
	a.Delegations = append(a.Delegations, workshop.DelegationRow{ID: "big", What: runes(strings.Repeat("A very long duty description. ", 140), workshop.MaxText),
		Type: "task", Owner: "Someone", Support: "Time", By: "2026-05-01"})
	for i := 1; i <= 40; i++ {
		a.Delegations = append(a.Delegations, workshop.DelegationRow{ID: fmt.Sprintf("r%d", i),
			What:    fmt.Sprintf("Duty number %d: %s", i, strings.Repeat("answer questions about the backup jobs ", i%4+1)),
			Type:    "escalation",
			Owner:   fmt.Sprintf("Team member %d", i),
			Support: strings.Repeat("a checklist and a dry run ", i%3+1),
			By:      "2026-06-30"})
	}
	return a
}

// runes cuts s to exactly n characters; s must be long enough.
func runes(s string, n int) string {
	r := []rune(s)
	if len(r) < n {
		panic(fmt.Sprintf("runes: %d characters, want %d", len(r), n))
	}
	return string(r[:n])
}

func TestLongContentPaginates(t *testing.T) {
	c := testContent(t)
	base, _ := pdfInfo(t, renderPDF(t, c, zoe(), Options{}))
	a := longAnswers()
	pdf := renderPDF(t, c, a, Options{})
	pages, _ := pdfInfo(t, pdf)
	if pages < base+4 {
		t.Fatalf("long plan has %d pages, the short one %d: expected it to grow", pages, base)
	}
	checkInside(t, pdf)
	all := flat(pdfText(t, pdf, 0, 0))
	for _, w := range []string{"Duty number 1:", "Duty number 40:", "Team member 40", strings.Repeat("x", 20),
		"A very long duty description. A very long duty description.", "Delegation map (continued)"} {
		if !strings.Contains(all, w) {
			t.Errorf("%q missing", w)
		}
	}
	for p := 1; p <= pages; p++ {
		text := pdfText(t, pdf, p, p)
		for _, w := range []string{"Maximiliana Alessandra", DefaultTitle, "14 March 2026", fmt.Sprintf("Page %d of %d", p, pages)} {
			if !strings.Contains(text, w) {
				t.Errorf("page %d: header or footer %q missing", p, w)
			}
		}
		if strings.Contains(text, "Delegation map (continued)") && !strings.Contains(text, "What lands on me") {
			t.Errorf("page %d continues the delegation map without its header row", p)
		}
	}
}

// wordBox matches one word of pdftotext -bbox output.
var wordBox = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)

// checkInside fails when any word lies outside the page margins: text
// that overflows a column or the page would.
func checkInside(t *testing.T, pdf []byte) {
	t.Helper()
	out := runTool(t, "pdftotext", pdf, "-bbox", "-", "-")
	const mm = 72 / 25.4
	var w, h float64
	bad, words := 0, 0
	for _, m := range wordBox.FindAllStringSubmatch(out, -1) {
		if m[1] != "" {
			w, _ = strconv.ParseFloat(m[1], 64)
			h, _ = strconv.ParseFloat(m[2], 64)
			continue
		}
		words++
		var v [4]float64
		for i := range v {
			v[i], _ = strconv.ParseFloat(m[3+i], 64)
		}
		if v[0] < marginX*mm-1 || v[2] > w-marginX*mm+1 || v[1] < 8*mm || v[3] > h-8*mm {
			if bad++; bad <= 5 {
				t.Errorf("word %q at x %.1f-%.1f y %.1f-%.1f pt is outside the margins of a %.0fx%.0f page", m[7], v[0], v[2], v[1], v[3], w, h)
			}
		}
	}
	if words < 100 {
		t.Errorf("pdftotext -bbox found only %d words", words)
	}
}

func TestDeterministic(t *testing.T) {
	c := testContent(t)
	first := renderPDF(t, c, longAnswers(), Options{})
	var wg sync.WaitGroup
	results := make([][]byte, 4)
	for i := range results {
		wg.Go(func() { results[i] = renderPDF(t, c, longAnswers(), Options{}) })
	}
	wg.Wait()
	for i, r := range results {
		if !bytes.Equal(first, r) {
			t.Errorf("render %d differs from the first (%d vs %d bytes)", i+2, len(r), len(first))
		}
	}
}

// TestGolden compares the text of each page, as pdftotext lays it out, and
// the page count with testdata/*.txt. Text rather than bytes: a change in
// zlib or in gofpdf's object order does not change what a reader sees.
func TestGolden(t *testing.T) {
	c := testContent(t)
	for _, tt := range []struct {
		file string
		a    *workshop.Answers
		opt  Options
	}{
		{"zoe-a4.txt", zoe(), Options{}},
		{"lukasz-letter.txt", lukasz(), Options{Paper: Letter, Title: "Leading IT teams, spring 2026"}},
		{"zoe-compact.txt", zoe(), Options{Compact: true}},
	} {
		t.Run(tt.file, func(t *testing.T) {
			pdf := renderPDF(t, c, tt.a, tt.opt)
			pages, size := pdfInfo(t, pdf)
			got := fmt.Sprintf("pages: %d\nsize: %s\n\n%s", pages, size, runTool(t, "pdftotext", pdf, "-layout", "-enc", "UTF-8", "-", "-"))
			path := filepath.Join("testdata", tt.file)
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
				for i := range max(len(gl), len(wl)) {
					g, w := "", ""
					if i < len(gl) {
						g = gl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					if g != w {
						t.Errorf("%s differs from line %d:\n got: %q\nwant: %q\nlook at the PDF, then run go test -update if the change is intended", path, i+1, g, w)
						break
					}
				}
			}
		})
	}
}

func TestPack(t *testing.T) {
	c := testContent(t)
	plans := []*workshop.Answers{zoe(), lukasz(), longAnswers()}
	var buf bytes.Buffer
	starts, err := render(&buf, c, plans, Options{}, true, true)
	if err != nil {
		t.Fatal(err)
	}
	pdf := buf.Bytes()
	total, _ := pdfInfo(t, pdf)
	if total%2 != 0 {
		t.Errorf("pack has %d pages, want an even count", total)
	}
	if len(starts) != len(plans) {
		t.Fatalf("got %d plan starts, want %d", len(starts), len(plans))
	}
	counts := map[int]bool{}
	for i, a := range plans {
		start := starts[i]
		if start%2 != 1 {
			t.Errorf("plan %d starts on page %d, want an odd page", i+1, start)
		}
		n := renderedPages(t, c, a)
		counts[n] = true
		end := start + n - 1
		first, last := pdfText(t, pdf, start, start), pdfText(t, pdf, end, end)
		if !strings.Contains(first, fmt.Sprintf("Page 1 of %d", n)) || !strings.Contains(last, fmt.Sprintf("Page %d of %d", n, n)) {
			t.Errorf("plan %d (pages %d-%d) is not numbered 1 to %d within itself", i+1, start, end, n)
		}
		name := a.Participant.Name[:10]
		if !strings.Contains(first, name) || !strings.Contains(last, name) {
			t.Errorf("plan %d: header of %q missing", i+1, name)
		}
		next := total + 1
		if i+1 < len(starts) {
			next = starts[i+1]
		}
		for p := end + 1; p < next; p++ {
			if text := strings.TrimSpace(pdfText(t, pdf, p, p)); text != "" {
				t.Errorf("page %d should be blank, has %q", p, text)
			}
		}
		if next-start > n+1 {
			t.Errorf("plan %d: %d pages plus %d blank, want at most one blank page", i+1, n, next-start-n)
		}
	}
	if len(counts) < 2 {
		t.Errorf("the test plans should differ in page count: %v", counts)
	}
}

// renderedPages is how many pages the plan takes on its own.
func renderedPages(t *testing.T, c *workshop.Content, a *workshop.Answers) int {
	n, _ := pdfInfo(t, renderPDF(t, c, a, Options{}))
	return n
}

func TestErrors(t *testing.T) {
	c := testContent(t)
	var buf bytes.Buffer
	for _, tt := range []struct {
		name string
		err  error
		want string
	}{
		{"no content", Render(&buf, nil, zoe(), Options{}), "no content"},
		{"no answers", Render(&buf, c, nil, Options{}), "no answers"},
		{"bad paper", Render(&buf, c, zoe(), Options{Paper: "A3"}), `"A3"`},
		{"empty pack", RenderPack(&buf, c, nil, Options{}), "no plans"},
		{"nil in pack", RenderPack(&buf, c, []*workshop.Answers{zoe(), nil}, Options{}), "plan 2"},
	} {
		if tt.err == nil || !strings.Contains(tt.err.Error(), tt.want) {
			t.Errorf("%s: got error %v, want one mentioning %s", tt.name, tt.err, tt.want)
		}
	}
}

func TestParsePaper(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Paper
		ok   bool
	}{
		{"a4", A4, true}, {"A4", A4, true}, {" Letter ", Letter, true}, {"LETTER", Letter, true},
		{"", "", false}, {"a3", "", false}, {"us-letter", "", false},
	} {
		got, err := ParsePaper(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParsePaper(%q) = %q, %v; want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
		if err != nil && !strings.Contains(err.Error(), `"a4" or "letter"`) {
			t.Errorf("ParsePaper(%q) error %q does not say what is accepted", tt.in, err)
		}
	}
}

func TestDefaultPaper(t *testing.T) {
	for _, tt := range []struct {
		locale string
		want   Paper
	}{
		{"en_US.UTF-8", Letter}, {"en-US", Letter}, {"es_MX", Letter}, {"fr_CA.UTF-8", Letter}, {"en_CA", Letter},
		{"fil_PH", Letter}, {"es_US", Letter}, {"es_CL", Letter}, {"es_CO.utf8", Letter}, {"es_VE", Letter},
		{"es_GT", Letter}, {"en_us", Letter}, {"es_PR@euro", Letter},
		{"en_GB.UTF-8", A4}, {"de_DE", A4}, {"pl_PL.UTF-8", A4}, {"zh_Hant_TW", A4}, {"sr-Latn-RS", A4},
		{"en", A4}, {"C", A4}, {"POSIX", A4}, {"C.UTF-8", A4}, {"", A4}, {"es_419", A4},
	} {
		if got := DefaultPaper(tt.locale); got != tt.want {
			t.Errorf("DefaultPaper(%q) = %q, want %q", tt.locale, got, tt.want)
		}
	}
}

func TestPaperSize(t *testing.T) {
	c := testContent(t)
	for _, tt := range []struct {
		paper Paper
		want  string
	}{
		{"", "595.28 x 841.89 pts (A4)"},
		{A4, "595.28 x 841.89 pts (A4)"},
		{Letter, "612 x 792 pts (letter)"},
	} {
		pdf := renderPDF(t, c, zoe(), Options{Paper: tt.paper})
		if _, size := pdfInfo(t, pdf); size != tt.want {
			t.Errorf("paper %q: page size %q, want %q", tt.paper, size, tt.want)
		}
		checkInside(t, pdf)
	}
}

// fontSize matches a font selection in an uncompressed page stream.
var fontSize = regexp.MustCompile(`/F\w+ ([\d.]+) Tf`)

func TestTypeSizes(t *testing.T) {
	c := testContent(t)
	var buf bytes.Buffer
	if _, err := render(&buf, c, []*workshop.Answers{longAnswers()}, Options{}, false, false); err != nil {
		t.Fatal(err)
	}
	sizes := fontSize.FindAllSubmatch(buf.Bytes(), -1)
	if len(sizes) == 0 {
		t.Fatal("no font selections found in the uncompressed PDF")
	}
	for _, m := range sizes {
		if pt, _ := strconv.ParseFloat(string(m[1]), 64); pt < 9 {
			t.Fatalf("text set in %.2f pt; nothing may be smaller than 9 pt", pt)
		}
	}
}

func TestDates(t *testing.T) {
	c := testContent(t)
	a := zoe()
	a.Updated, a.Created = time.Time{}, time.Time{}
	one, two := renderPDF(t, c, a, Options{}), renderPDF(t, c, a, Options{})
	if !bytes.Equal(one, two) {
		t.Error("answers without dates render differently each time")
	}
	a.Created = time.Date(2025, 11, 2, 9, 0, 0, 0, time.UTC)
	if text := pdfText(t, renderPDF(t, c, a, Options{}), 1, 1); !strings.Contains(text, "2 November 2025") {
		t.Errorf("header should fall back to the created date:\n%s", text)
	}
}

func TestWriteSamples(t *testing.T) {
	if *samples == "" {
		return
	}
	c := testContent(t)
	var pack bytes.Buffer
	if err := RenderPack(&pack, c, []*workshop.Answers{zoe(), lukasz(), longAnswers()}, Options{}); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"sample.pdf":        renderPDF(t, c, zoe(), Options{}),
		"sample-letter.pdf": renderPDF(t, c, lukasz(), Options{Paper: Letter}),
		"long.pdf":          renderPDF(t, c, longAnswers(), Options{}),
		"pack.pdf":          pack.Bytes(),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(*samples, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
