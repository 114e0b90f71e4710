package cli

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/planpdf"
	"github.com/leadshift/leadshift/workshop/storage"
)

// managerUsage lists the manager subcommands.
const managerUsage = `Usage: leadshift manager COMMAND

Commands:
  request --answers FILE --out FILE [--pdf FILE.pdf]
                        write a request for the participant's manager
  guide --out FILE.pdf  write the one-page guide for managers

Run leadshift manager COMMAND --help for a command's flags.
`

// managerCmd runs the manager subcommands.
func managerCmd(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "--help" || args[0] == "-h" {
		fmt.Fprint(stdout, managerUsage)
		return nil
	}
	switch args[0] {
	case "request":
		return managerRequest(args[1:], stdout)
	case "guide":
		return managerGuide(args[1:], stdout)
	}
	fmt.Fprint(stderr, managerUsage)
	return bad("unknown manager command %q", args[0])
}

// managerRequest writes a request for the manager of the participant
// whose answers it reads, and its printable page.
func managerRequest(args []string, stdout io.Writer) error {
	fs := newFlags("manager request", stdout)
	answers := fs.String("answers", "", "the participant's answers `FILE`")
	out := fs.String("out", "", "write the request to this `FILE` (JSON), to send to the manager")
	pdf := fs.String("pdf", "", "also write the request as a printable `FILE.pdf`, for a manager who prefers paper")
	skills := fs.Bool("share-skills", false, "include the participant's own rating of each skill")
	expects := fs.Bool("share-expectations", false, "include the participant's own answers to the statements")
	contentFile := fs.String("content", "", "the content pack the answers were made with (default: built-in)")
	paper := fs.String("paper", "", "paper size of the PDF, a4 or letter (default from the locale)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *answers == "" || *out == "" {
		return bad("manager request: --answers FILE and --out FILE are required")
	}
	opt, err := pdfOptions(*paper)
	if err != nil {
		return err
	}
	c, a, err := loadOne(*contentFile, *answers)
	if err != nil {
		return err
	}
	q, err := manager.NewRequest(c, a, manager.Include{SkillRatings: *skills, ExpectationAnswers: *expects}, time.Now())
	if err != nil {
		return bad("manager request: %s: %w", *answers, err)
	}
	var buf bytes.Buffer
	if err := manager.EncodeRequest(&buf, q); err != nil {
		return err
	}
	var page bytes.Buffer
	if *pdf != "" { // rendered before anything is written
		if err := planpdf.RenderRequest(&page, c, q, opt); err != nil {
			return err
		}
	}
	if err := writeFile(*out, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", *out)
	if *pdf != "" {
		if err := writeFile(*pdf, page.Bytes()); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s\n", *pdf)
	}
	return nil
}

// managerGuide writes the one-page guide for managers.
func managerGuide(args []string, stdout io.Writer) error {
	fs := newFlags("manager guide", stdout)
	out := fs.String("out", "", "write the guide to this `FILE.pdf`")
	contentFile := fs.String("content", "", "the content pack whose guide to print (default: built-in)")
	paper := fs.String("paper", "", "paper size, a4 or letter (default from the locale)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return bad("manager guide: --out FILE.pdf is required")
	}
	opt, err := pdfOptions(*paper)
	if err != nil {
		return err
	}
	c, err := loadContent(*contentFile)
	if err != nil {
		return err
	}
	if err := renderTo(*out, func(w io.Writer) error { return planpdf.RenderGuide(w, c, opt) }); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", *out)
	return nil
}

// pdfOptions are the options of a PDF the commands write.
func pdfOptions(paper string) (planpdf.Options, error) {
	opt := planpdf.Options{Paper: planpdf.DefaultPaper(Locale()), Producer: Producer()}
	if paper != "" {
		p, err := planpdf.ParsePaper(paper)
		if err != nil {
			return opt, bad("%w", err)
		}
		opt.Paper = p
	}
	return opt, nil
}

// loadOne reads a content pack and one answers file checked against it.
func loadOne(contentFile, answers string) (*workshop.Content, *workshop.Answers, error) {
	c, err := loadContent(contentFile)
	if err != nil {
		return nil, nil, err
	}
	all, problems := storage.LoadAnswersFiles(c, []string{answers})
	if len(problems) > 0 {
		return nil, nil, bad("%w", problems[0])
	}
	return c, all[0], nil
}

// loadResponse reads a manager's response and checks that it belongs to
// the answers a; an empty path is no response.
func loadResponse(path string, a *workshop.Answers) (*manager.Response, error) {
	if path == "" {
		return nil, nil
	}
	m, err := storage.ReadResponse(path)
	if err != nil {
		return nil, bad("%w", err)
	}
	if err := manager.Bind(m, a); err != nil {
		return nil, bad("%s: %w", path, err)
	}
	return m, nil
}
