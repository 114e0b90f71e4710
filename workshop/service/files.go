package service

import (
	"bytes"
	"fmt"
	"os"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/calendar"
	"github.com/leadshift/leadshift/workshop/storage"
)

// Files writes what a participant takes home (the plan as a PDF, its
// dates as a calendar file, the answers as a file) and prints folders of exported answers.
type Files struct {
	Content    *workshop.Content // the pack answers files are checked against
	RenderPlan RenderPlan
	RenderPack RenderPack
	// RenderRequest and RenderGuide print for a participant's manager.
	RenderRequest RenderRequest
	RenderGuide   RenderGuide
	// RenderProgress prints the progress report of the answers' latest
	// re-assessment, and RenderPulseSheet the team pulse to hand round.
	RenderProgress   RenderPlan
	RenderPulseSheet RenderGuide
}

// SavePlan renders the plan of a and writes it to path atomically.
func (f *Files) SavePlan(path string, c *workshop.Content, a *workshop.Answers, p Print) error {
	var buf bytes.Buffer
	if err := f.RenderPlan(&buf, c, a, p); err != nil {
		return err
	}
	return storage.WriteAtomic(path, buf.Bytes(), storage.Private)
}

// SavePlanOf renders plan as the plan of a and writes it to path, with
// only the plan pages: the evidence pages are drawn from today's answers,
// which a plan kept from an earlier edition does not rest on.
func (f *Files) SavePlanOf(path string, c *workshop.Content, a *workshop.Answers, plan *workshop.Plan, p Print) error {
	b := a.Clone()
	b.Plan, p.Compact = plan, true
	return f.SavePlan(path, c, b, p)
}

// SaveCalendar writes the dates of a's plan to path as an iCalendar
// file, stamped now, and says how many dates it holds.
func (f *Files) SaveCalendar(path string, a *workshop.Answers, now time.Time) (int, error) {
	events, err := calendar.PlanEvents(a)
	if err != nil {
		return 0, err
	}
	var buf bytes.Buffer
	if err := calendar.Write(&buf, events, now); err != nil {
		return 0, err
	}
	return len(events), storage.WriteAtomic(path, buf.Bytes(), storage.Private)
}

// ExportAnswers writes the answers to path, to keep or move elsewhere.
func (f *Files) ExportAnswers(path string, a *workshop.Answers) error {
	return storage.WriteAnswers(path, a)
}

// PackResult is what printing a folder of answers produced.
type PackResult struct {
	Path     string
	Printed  int
	Problems []error // files skipped, each naming the file
}

// PrintFolder prints every answers file in dir into one PDF at path, each
// plan on an odd page for duplex printing.
func (f *Files) PrintFolder(dir, path, paper string) (PackResult, error) {
	res := PackResult{Path: path}
	files, err := storage.AnswersFilesIn(dir)
	if err != nil {
		return res, err
	}
	all, problems := storage.LoadAnswersFiles(f.Content, files)
	res.Printed, res.Problems = len(all), problems
	if len(all) == 0 {
		return res, fmt.Errorf("no usable answers files in %s", dir)
	}
	var buf bytes.Buffer
	if err := f.RenderPack(&buf, f.Content, all, Print{Paper: paper}); err != nil {
		return res, err
	}
	return res, storage.WriteAtomic(path, buf.Bytes(), storage.Private)
}

// LoadContentFile reads and validates a custom content pack.
func LoadContentFile(path string) (*workshop.Content, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("the content pack cannot be read: %w", err)
	}
	c, err := workshop.DecodeContent(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s is not a usable content pack: %w", path, err)
	}
	return c, nil
}
