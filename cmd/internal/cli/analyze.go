package cli

import (
	"encoding/json"
	"io"

	"github.com/leadshift/leadshift/workshop/analysis"
)

// analyze prints the analysis of one answers file as JSON: the focus
// areas in order with their evidence, the dimensions, the expectations
// with their quadrant, and the flags. It explains why a plan says what it
// says.
func analyze(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("analyze", stdout)
	answers := fs.String("answers", "", "the answers `FILE` to analyse")
	contentFile := fs.String("content", "", "the content pack the answers were made with (default: built-in)")
	response := fs.String("manager", "", "the manager's response `FILE` to read as a second rater")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *answers == "" {
		return bad("analyze: --answers FILE is required")
	}
	c, a, err := loadOne(*contentFile, *answers)
	if err != nil {
		return err
	}
	m, err := loadResponse(*response, a)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(analysis.Analyze(c, a, analysis.WithManager(m)))
}
