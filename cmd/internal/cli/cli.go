// Package cli is LeadShift's command line: content pack export and checks,
// and plan rendering from exported answers. Every command reads and writes
// through the workshop, storage and planpdf packages.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// Exit statuses.
const (
	ExitOK      = 0
	ExitFailure = 1 // something could not be written
	ExitBadData = 2 // bad input: usage, malformed file
)

const usage = `LeadShift: a leadership workshop for IT technicians.

Usage:
  leadshift                                   open the app
  leadshift content export --out FILE         write the built-in content pack
  leadshift content check [FILE]              validate a content pack (built-in when no FILE)
  leadshift analyze --answers FILE [--manager RESPONSE] [--content FILE]
                                              print why the plan says what it says, as JSON
  leadshift plan --answers FILE [--manager RESPONSE] --out FILE.pdf [--paper a4|letter] [--content FILE]
  leadshift plan --answers FILE|DIR ... --pack FILE.pdf [--out-dir DIR]
                                              print pack of many plans, each on an odd page
  leadshift calendar --answers FILE --out FILE.ics [--content FILE]
                                              the plan's dates as a calendar file
  leadshift progress --answers FILE --out FILE.pdf [--pulse-sheet FILE.pdf] [--paper a4|letter] [--content FILE]
                                              the 90-day progress report, and the team pulse sheet
  leadshift manager request --answers FILE --out FILE [--pdf FILE.pdf]
                                              write a request for the participant's manager
  leadshift manager guide --out FILE.pdf      write the one-page guide for managers
  leadshift host --headless --data DIR [--addr HOST:PORT] [--paced] [--title T] [--content FILE]
                                              host a live workshop without a window
  leadshift demo --participants N --out DIR [--connect HOST:PORT --code CODE] [--hold 30s]
                                              simulate a whole live workshop through the real protocol
  leadshift --version                         print the version
  leadshift help                              show this help
  leadshift COMMAND --help                    describe a command and its flags

Exit status: 0 success, 1 a file could not be written, 2 bad input.
`

// badData marks errors caused by the input rather than the machine.
type badData struct{ err error }

func (e badData) Error() string { return e.err.Error() }
func (e badData) Unwrap() error { return e.err }

func bad(format string, args ...any) error { return badData{fmt.Errorf(format, args...)} }

// count says how many, with the noun's right number: "1 plan", "2 plans".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Run runs the command line in args (without the program name) and returns
// the exit status.
func Run(args []string, stdout, stderr io.Writer) int {
	err := dispatch(args, stdout, stderr)
	if err == nil {
		return ExitOK
	}
	if errors.Is(err, flag.ErrHelp) {
		return ExitOK
	}
	fmt.Fprintln(stderr, "leadshift:", err)
	var bd badData
	if errors.As(err, &bd) {
		return ExitBadData
	}
	return ExitFailure
}

func dispatch(args []string, stdout, stderr io.Writer) error {
	switch {
	case len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help":
		fmt.Fprint(stdout, usage)
		return nil
	case args[0] == "version" || args[0] == "--version" || args[0] == "-version":
		fmt.Fprintln(stdout, Producer())
		return nil
	case args[0] == "content":
		return content(args[1:], stdout, stderr)
	case args[0] == "analyze":
		return analyze(args[1:], stdout, stderr)
	case args[0] == "plan":
		return plan(args[1:], stdout, stderr)
	case args[0] == "calendar":
		return calendarCmd(args[1:], stdout, stderr)
	case args[0] == "progress":
		return progressCmd(args[1:], stdout, stderr)
	case args[0] == "manager":
		return managerCmd(args[1:], stdout, stderr)
	case args[0] == "host":
		return host(args[1:], stdout, stderr)
	case args[0] == "demo":
		return demo(args[1:], stdout, stderr)
	}
	fmt.Fprint(stderr, usage)
	return bad("unknown command %q", args[0])
}
