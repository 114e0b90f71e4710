package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"
)

// newFlags returns a command's flag set. Its --help goes to stdout (so
// `leadshift plan --help | less` shows it); parse turns its errors into
// sentences that name each flag as it was typed.
func newFlags(name string, stdout io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stdout)
	fs.Usage = func() {} // parse prints the help; Run prints errors once
	return fs
}

// parse parses a command's flags and refuses any other argument.
func parse(fs *flag.FlagSet, args []string) error { return parseUpTo(fs, args, 0) }

// parseUpTo parses a command's flags and allows at most max arguments after
// them, such as content check's FILE.
func parseUpTo(fs *flag.FlagSet, args []string, max int) error {
	out := fs.Output()
	fs.SetOutput(io.Discard) // the flag package would print errors a second time
	err := fs.Parse(args)
	fs.SetOutput(out)
	switch {
	case errors.Is(err, flag.ErrHelp):
		printHelp(out, fs)
		return err
	case err != nil:
		return bad("%s: %s (see leadshift %s --help)", fs.Name(), flagProblem(fs, args, err), fs.Name())
	case fs.NArg() > max:
		return bad("%s: %s (see leadshift %s --help)", fs.Name(), strayProblem(fs, args, max), fs.Name())
	}
	return nil
}

// The flag package's error texts, which flagProblem says again in words.
var (
	unknownFlag  = regexp.MustCompile(`^flag provided but not defined: -+(.+)$`)
	missingValue = regexp.MustCompile(`^flag needs an argument: -+(.+)$`)
	invalidValue = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for (?:flag )?-+([^:]+): `)
	badSyntax    = regexp.MustCompile(`^bad flag syntax: (.*)$`)
)

// flagProblem says what is wrong with the flags, naming each as typed.
func flagProblem(fs *flag.FlagSet, args []string, err error) string {
	msg := err.Error()
	if m := unknownFlag.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("there is no flag %s", typed(args, m[1]))
	}
	if m := missingValue.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%s needs a value", typed(args, m[1]))
	}
	if m := invalidValue.FindStringSubmatch(msg); m != nil {
		s := fmt.Sprintf("%s cannot be %q", typed(args, m[2]), m[1])
		if want := wants(fs.Lookup(m[2])); want != "" {
			s += "; it takes " + want
		}
		return s
	}
	if m := badSyntax.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%q is not a flag", m[1])
	}
	return msg
}

// typed returns flag name as the person wrote it: "--participants",
// "-participants", or "--name" when it cannot be found.
func typed(args []string, name string) string {
	for _, a := range args {
		if a == "--" {
			break
		}
		dashes := len(a) - len(strings.TrimLeft(a, "-"))
		flagName, _, _ := strings.Cut(a[dashes:], "=")
		if dashes > 0 && flagName == name {
			return a[:dashes] + name
		}
	}
	return "--" + name
}

// wants names the kind of value a flag takes, for an invalid one.
func wants(f *flag.Flag) string {
	if f == nil {
		return ""
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return ""
	}
	switch g.Get().(type) {
	case bool:
		return "true or false"
	case int, int64, uint, uint64:
		return "a whole number"
	case time.Duration:
		return "a duration such as 30s or 2m"
	}
	return ""
}

// strayProblem names the first argument that is neither a flag nor a
// flag's value. After a flag's value it says that a flag takes one value,
// the usual slip: "--answers a.json b.json".
func strayProblem(fs *flag.FlagSet, args []string, max int) string {
	first := len(args) - fs.NArg() + max
	stray := args[first]
	if i := len(args) - fs.NArg(); i >= 2 && max == 0 {
		if name, ok := valueFlag(fs, args[i-2]); ok {
			return fmt.Sprintf("unexpected %q after %s %s: a flag takes one value, so give %s again for another",
				stray, args[i-2], args[i-1], name)
		}
	}
	return fmt.Sprintf("unexpected %q", stray)
}

// valueFlag reports whether arg is a flag that takes its value from the
// next argument, and returns it as typed.
func valueFlag(fs *flag.FlagSet, arg string) (string, bool) {
	name := strings.TrimLeft(arg, "-")
	if name == arg || strings.Contains(name, "=") {
		return "", false
	}
	f := fs.Lookup(name)
	if f == nil {
		return "", false
	}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return "", false
	}
	return arg, true
}
