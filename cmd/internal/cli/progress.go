package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/leadshift/leadshift/workshop/planpdf"
	"github.com/leadshift/leadshift/workshop/storage"
)

// progressCmd writes the progress report of an answers file's latest
// re-assessment, or the team pulse sheet to hand round before it.
func progressCmd(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("progress", stdout)
	answers := fs.String("answers", "", "the answers `FILE` holding the re-assessment")
	out := fs.String("out", "", "write the progress report to this `FILE.pdf`")
	sheet := fs.String("pulse-sheet", "", "write the anonymous team pulse sheet to this `FILE.pdf`")
	paper := fs.String("paper", "", "paper size, a4 or letter (default from the locale: "+string(planpdf.DefaultPaper(Locale()))+" here)")
	contentFile := fs.String("content", "", "the content pack the answers were made with (default: built-in)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *sheet == "" && (*answers == "" || *out == "") {
		return bad("progress: --answers FILE and --out FILE.pdf are required (or --pulse-sheet FILE.pdf for the team's sheet)")
	}
	opt := planpdf.Options{Paper: planpdf.DefaultPaper(Locale()), Producer: Producer()}
	if *paper != "" {
		p, err := planpdf.ParsePaper(*paper)
		if err != nil {
			return bad("progress: %w", err)
		}
		opt.Paper = p
	}
	c, err := loadContent(*contentFile)
	if err != nil {
		return err
	}
	if *sheet != "" {
		if c.Pulse == nil {
			return bad("progress: the content pack has no team pulse to print")
		}
		if err := renderTo(*sheet, func(w io.Writer) error { return planpdf.RenderPulseSheet(w, c, opt) }); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s\n", *sheet)
	}
	if *answers == "" {
		return nil
	}
	if *out == "" {
		return bad("progress: --answers goes with --out FILE.pdf")
	}
	all, problems := storage.LoadAnswersFiles(c, []string{*answers})
	if len(problems) > 0 {
		return bad("%w", problems[0])
	}
	err = renderTo(*out, func(w io.Writer) error { return planpdf.RenderProgress(w, c, all[0], opt) })
	if errors.Is(err, planpdf.ErrNoRound) {
		return bad("%s: %w", *answers, planpdf.ErrNoRound)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", *out)
	return nil
}
