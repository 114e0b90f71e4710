package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/planpdf"
	"github.com/leadshift/leadshift/workshop/storage"
)

// multiFlag collects a repeated flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

type planFlags struct {
	answers                  multiFlag
	out, pack, outDir, paper string
	contentFile, title       string
	manager                  string
	compact                  bool
}

func plan(args []string, stdout, stderr io.Writer) error {
	var f planFlags
	fs := newFlags("plan", stdout)
	fs.Var(&f.answers, "answers", "an answers file, or a folder of them (repeatable)")
	fs.StringVar(&f.out, "out", "", "write one plan to this PDF")
	fs.StringVar(&f.pack, "pack", "", "write every plan into this print-pack PDF, each starting on an odd page")
	fs.StringVar(&f.outDir, "out-dir", "", "also write each plan to its own PDF in this folder")
	fs.StringVar(&f.paper, "paper", "", "paper size, a4 or letter (default from the locale: "+string(planpdf.DefaultPaper(Locale()))+" here)")
	fs.StringVar(&f.contentFile, "content", "", "the content pack the answers were made with (default: built-in)")
	fs.StringVar(&f.title, "title", "", "workshop title printed in the header")
	fs.StringVar(&f.manager, "manager", "", "the manager's response `FILE` to the participant's request, read with the answers (only with --out)")
	fs.BoolVar(&f.compact, "compact", false, "print only the plan pages, without the evidence behind them")
	if err := parse(fs, args); err != nil {
		return err
	}
	if len(f.answers) == 0 || (f.out == "" && f.pack == "" && f.outDir == "") {
		return bad("plan: --answers and one of --out, --pack or --out-dir are required")
	}
	opt := planpdf.Options{Paper: planpdf.DefaultPaper(Locale()), Title: f.title, Compact: f.compact, Producer: Producer()}
	if f.paper != "" {
		p, err := planpdf.ParsePaper(f.paper)
		if err != nil {
			return bad("plan: %w", err)
		}
		opt.Paper = p
	}
	c, err := loadContent(f.contentFile)
	if err != nil {
		return err
	}
	files, err := answerFiles(f.answers)
	if err != nil {
		return err
	}
	if f.out != "" && len(files) != 1 {
		return bad("plan: --out takes exactly one answers file, got %d; use --pack or --out-dir for several", len(files))
	}
	if f.manager != "" && (f.out == "" || f.pack != "" || f.outDir != "") {
		return bad("plan: --manager goes with --out and one answers file: a manager's response belongs to one participant's plan")
	}
	all, problems := storage.LoadAnswersFiles(c, files)
	if f.manager != "" && len(problems) == 0 {
		m, err := loadResponse(f.manager, all[0])
		if err != nil {
			return err
		}
		opt.Manager = m
	}
	for _, p := range problems {
		fmt.Fprintln(stderr, "leadshift: skipped", p)
	}
	if err := writePlans(f, c, all, opt, stdout); err != nil {
		return err
	}
	if len(problems) > 0 {
		return bad("%d of %s could not be used (see above)", len(problems), count(len(files), "answers file", "answers files"))
	}
	return nil
}

// answerFiles expands folders into the .json files they hold, sorted.
func answerFiles(args []string) ([]string, error) {
	var files []string
	for _, a := range args {
		info, err := os.Stat(a)
		if err != nil {
			return nil, bad("%w", err)
		}
		if !info.IsDir() {
			files = append(files, a)
			continue
		}
		matches, err := storage.AnswersFilesIn(a)
		if err != nil {
			return nil, bad("%w", err)
		}
		files = append(files, matches...)
	}
	if len(files) == 0 {
		return nil, bad("plan: no answers files found in %s", strings.Join(args, ", "))
	}
	return files, nil
}

func writePlans(f planFlags, c *workshop.Content, all []*workshop.Answers, opt planpdf.Options, stdout io.Writer) error {
	if len(all) == 0 {
		return bad("plan: no usable answers files")
	}
	if f.out != "" {
		if err := renderTo(f.out, func(w io.Writer) error { return planpdf.Render(w, c, all[0], opt) }); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s\n", f.out)
	}
	if f.outDir != "" {
		if err := makeFolder(f.outDir, 0o755); err != nil {
			return err
		}
		used := map[string]bool{}
		for _, a := range all {
			path := filepath.Join(f.outDir, uniqueName(a.Participant.FileStem(), used)+"-action-plan.pdf")
			if err := renderTo(path, func(w io.Writer) error { return planpdf.Render(w, c, a, opt) }); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "wrote %s\n", path)
		}
	}
	if f.pack != "" {
		if err := renderTo(f.pack, func(w io.Writer) error { return planpdf.RenderPack(w, c, all, opt) }); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s (%s)\n", f.pack, count(len(all), "plan", "plans"))
	}
	return nil
}

// uniqueName returns stem, or stem-2, stem-3... when it is already used.
func uniqueName(stem string, used map[string]bool) string {
	name := stem
	for i := 2; used[strings.ToLower(name)]; i++ {
		name = fmt.Sprintf("%s-%d", stem, i)
	}
	used[strings.ToLower(name)] = true
	return name
}

func renderTo(path string, render func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := render(&buf); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return writeFile(path, buf.Bytes())
}

// writeFile writes data to path atomically. Its errors name path as the
// person typed it, not the temporary file written first.
func writeFile(path string, data []byte) error {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return bad("cannot write %s: it is a folder, not a file", path)
	}
	err := storage.WriteAtomic(path, data, storage.Shared)
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return fmt.Errorf("cannot write %s: %w", path, pe.Err)
	case errors.As(err, &le):
		return fmt.Errorf("cannot write %s: %w", path, le.Err)
	}
	return err
}

// makeFolder creates the folder dir, which a command writes into, with
// perm. Its errors name dir as typed, and say when it is a file.
func makeFolder(dir string, perm os.FileMode) error {
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return bad("cannot write into %s: it is a file, not a folder", dir)
	}
	err := os.MkdirAll(dir, perm)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("cannot create the folder %s: %w", dir, pe.Err)
	}
	return err
}

// Locale is the user's locale from the environment, for the paper default.
func Locale() string {
	for _, k := range []string{"LC_ALL", "LC_PAPER", "LANG"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return ""
}
