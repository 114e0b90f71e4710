package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// Version is LeadShift's version. Package main sets it from FyneApp.toml,
// the one place it is written.
var Version = "dev"

// Producer names this LeadShift and its version, as printed by --version
// and written into PDFs and archives: "LeadShift 0.1.0".
func Producer() string { return "LeadShift " + Version }

// commandHelp describes each command for its --help: its arguments, then
// what it does.
var commandHelp = map[string]struct{ args, about string }{
	"content export": {"--out FILE",
		"Writes the built-in content pack (the questions, scales and skills) as JSON,\n" +
			"a starting point for a custom pack."},
	"content check": {"[FILE]",
		"Checks a content pack and names the file, item and field of every problem.\n" +
			"Without FILE it checks the built-in pack."},
	"analyze": {"--answers FILE [--manager RESPONSE] [--content FILE]",
		"Prints, as JSON, the analysis a plan is drafted from: the suggested focus\n" +
			"areas with the evidence behind each, the dimensions (null with too few\n" +
			"answers), the expectations with their labels, and the patterns worth talking\n" +
			"through. docs/examples/personas/ holds eight written participants to try.\n" +
			"--manager reads the manager's response as a second rater; it must answer\n" +
			"a request made from these answers."},
	"plan": {"--answers FILE|DIR [--answers ...] (--out FILE.pdf | --pack FILE.pdf | --out-dir DIR) [flags]",
		"Prints personal action plans as PDFs from answers files. An answers file\n" +
			"comes from the app (Work on my own > Export my answers) or a workshop archive;\n" +
			"docs/examples/answers.json is an example. A folder stands for every .json\n" +
			"file in it. --out takes exactly one answers file; --pack puts every plan in\n" +
			"one PDF, each starting on an odd page for duplex printing. --manager prints\n" +
			"the manager's response with the one plan it belongs to (--out)."},
	"manager request": {"--answers FILE --out FILE [--pdf FILE.pdf] [flags]",
		"Writes a request for the participant's manager: the expectation statements,\n" +
			"the skills with their levels in words and the five core questions, with the\n" +
			"participant's name and role. Their own ratings go in only with --share-skills\n" +
			"or --share-expectations; reflections never do. --pdf also writes it on paper.\n" +
			"The manager answers it in LeadShift (Answer a request from my team member)."},
	"manager guide": {"--out FILE.pdf [flags]",
		"Writes the one-page guide for managers: what the plan is, how to read it, how\n" +
			"to run the plan conversation, and the 30-, 60- and 90-day check-ins."},
	"calendar": {"--answers FILE --out FILE.ics [--content FILE]",
		"Writes the dates of the plan in an answers file as an iCalendar file that\n" +
			"Outlook, Google Calendar and Thunderbird import: each first step, the\n" +
			"conversation with the manager, the check-in with a buddy, and the check-ins\n" +
			"at day 30, 60 and 90, each saying what to look at that day. Importing the\n" +
			"file again updates the same events."},
	"progress": {"--answers FILE --out FILE.pdf [--pulse-sheet FILE.pdf] [flags]",
		"Writes the progress report of the latest re-assessment in an answers file,\n" +
			"the page for the 90-day conversation with the manager: the profile before\n" +
			"and after, the situations then and now, the indicators, the hand-overs, the\n" +
			"actions, the team pulse and what to focus on next. --pulse-sheet writes the\n" +
			"anonymous three-question sheet to hand the team first (alone, or with it)."},
	"host": {"--headless --data DIR [flags]",
		"Hosts a live workshop without a window: participants join with the code and\n" +
			"address it prints. DIR keeps the workshop's database; starting again on the\n" +
			"same DIR resumes the workshop with the same code. Participants need to reach\n" +
			"this machine on the TCP port (47320 by default); discovery uses UDP 47321."},
	"demo": {"--out DIR [--participants N] [flags]",
		"Simulates a whole live workshop through the real protocol, with N made-up\n" +
			"participants, and writes every plan and the print pack to DIR. With\n" +
			"--connect and --code it drives a host that is already running."},
}

// flagArgs names what each flag's argument is, for --help.
var flagArgs = map[string]string{
	"answers": "FILE|DIR", "out": "FILE", "pack": "FILE.pdf", "out-dir": "DIR", "paper": "a4|letter",
	"content": "FILE", "title": "TEXT", "data": "DIR", "addr": "HOST:PORT", "participants": "N",
	"connect": "HOST:PORT", "code": "CODE", "hold": "DURATION", "demo --out": "DIR",
	"analyze --answers": "FILE", "plan --out": "FILE.pdf", "manager": "RESPONSE",
	"manager request --answers": "FILE", "manager guide --out": "FILE.pdf", "pdf": "FILE.pdf",
	"calendar --answers": "FILE", "calendar --out": "FILE.ics",
	"progress --answers": "FILE", "progress --out": "FILE.pdf", "pulse-sheet": "FILE.pdf",
}

// contentUsage lists the content subcommands.
const contentUsage = `Usage: leadshift content COMMAND

Commands:
  export --out FILE   write the built-in content pack to FILE
  check [FILE]        check a content pack (the built-in one when no FILE)

Run "leadshift content COMMAND --help" for its flags.
`

// content runs "leadshift content ...": alone or with --help it lists its
// subcommands.
func content(args []string, stdout, stderr io.Writer) error {
	switch {
	case len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help":
		fmt.Fprint(stdout, contentUsage)
		return nil
	case args[0] == "export":
		return contentExport(args[1:], stdout, stderr)
	case args[0] == "check":
		return contentCheck(args[1:], stdout, stderr)
	}
	fmt.Fprint(stderr, contentUsage)
	return bad("unknown content command %q", args[0])
}

// printHelp writes a command's arguments, description and flags, with
// double-dash flag names as the README uses them.
func printHelp(w io.Writer, fs *flag.FlagSet) {
	h, ok := commandHelp[fs.Name()]
	if !ok {
		h.args = "[flags]"
	}
	fmt.Fprintf(w, "Usage: leadshift %s %s\n", fs.Name(), h.args)
	if h.about != "" {
		fmt.Fprintf(w, "\n%s\n", h.about)
	}
	var flags strings.Builder
	fs.VisitAll(func(f *flag.Flag) {
		value, usage := flag.UnquoteUsage(f)
		if v, ok := flagArgs[fs.Name()+" --"+f.Name]; ok && value != "" {
			value = v
		} else if v, ok := flagArgs[f.Name]; ok && value != "" {
			value = v
		} else {
			value = strings.ToUpper(value)
		}
		name := "--" + f.Name
		if value != "" {
			name += " " + value
		}
		fmt.Fprintf(&flags, "  %s\n        %s", name, usage)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "0s" {
			fmt.Fprintf(&flags, " (default %s)", f.DefValue)
		}
		flags.WriteString("\n")
	})
	if flags.Len() > 0 {
		fmt.Fprintf(w, "\nFlags:\n%s", flags.String())
	}
}
