// Package cleanlocale keeps Fyne from printing "Error parsing user locale C"
// under the C.UTF-8 locale, the default of many Linux systems and containers.
//
// Fyne reads the locale in the init function of fyne.io/fyne/v2/lang,
// before main runs: it takes LC_ALL, LC_MESSAGES or LANG, and when that is
// "C.UTF-8" it parses "C" as a language and logs an error (plain "C" and
// "POSIX" it skips). Importing this package from package main fixes the
// environment first: Go initialises packages in import-path order among
// those whose imports are ready, and this package, which imports only the
// standard library, sorts before github.com/nicksnyder/go-i18n, which
// fyne.io/fyne/v2/lang needs. A test in cmd/leadshift checks the result.
//
// The fix sets LANGUAGE=en, which only the C and POSIX locales ignore
// (so nothing changes for programs LeadShift starts) and which Fyne reads
// instead of LANG. It leaves LANG and LC_* alone, so the paper size still
// follows LC_PAPER.
package cleanlocale

import (
	"os"
	"strings"
)

func init() { Apply(os.Getenv, os.Setenv) }

// Apply sets LANGUAGE=en when the locale that decides the language is C or
// POSIX with an encoding, such as "C.UTF-8", and LANGUAGE is not set.
func Apply(getenv func(string) string, setenv func(string, string) error) {
	if getenv("LANGUAGE") != "" {
		return
	}
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(k)
		if v == "" {
			continue
		}
		if IsCLocale(v) && v != "C" && v != "POSIX" {
			_ = setenv("LANGUAGE", "en")
		}
		return
	}
}

// IsCLocale reports whether a locale name is the C or POSIX locale, with or
// without an encoding or modifier ("C", "C.UTF-8", "C.utf8", "POSIX").
func IsCLocale(v string) bool {
	if i := strings.IndexAny(v, ".@"); i >= 0 {
		v = v[:i]
	}
	return v == "C" || v == "POSIX"
}
