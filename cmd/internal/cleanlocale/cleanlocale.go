// Package cleanlocale keeps Fyne from printing "Error parsing user locale"
// when the system's locale names no language it can parse: C.UTF-8 (the
// default of many Linux systems and containers), LANGUAGE=C.UTF-8, or a
// made-up LANG=xx.
//
// Fyne reads the locale in the init function of fyne.io/fyne/v2/lang,
// before main runs, through github.com/jeandeaual/go-locale: LC_ALL,
// LC_MESSAGES or LANG, or LANGUAGE's list unless the first is plain "C" or
// "POSIX". It parses each entry as a language tag and logs every failure.
// Importing this package from package main fixes the environment first: Go
// initialises packages in import-path order among those whose imports are
// ready, and this package, whose imports are ready before
// github.com/nicksnyder/go-i18n (which fyne.io/fyne/v2/lang needs), sorts
// before it. A test in cmd/leadshift checks the result.
//
// The fix sets LANGUAGE to the entries that parse, or to "en" when none
// does. Only LANGUAGE changes, and only then: LANG and LC_* stay, so the
// paper size still follows LC_PAPER, and C and POSIX locales ignore
// LANGUAGE in the programs LeadShift starts.
package cleanlocale

import (
	"os"
	"strings"

	"github.com/jeandeaual/go-locale"
	"golang.org/x/text/language"
)

func init() {
	if v, ok := Language(locale.GetLocales()); ok {
		_ = os.Setenv("LANGUAGE", v)
	}
}

// Language returns the LANGUAGE value that keeps only the locales that
// parse as language tags, and whether one is needed (some did not).
func Language(locales []string, err error) (string, bool) {
	if err != nil {
		return "", false
	}
	var good []string
	for _, l := range locales {
		if _, err := language.Parse(l); err == nil {
			good = append(good, l)
		}
	}
	if len(good) == len(locales) {
		return "", false
	}
	if len(good) == 0 {
		return "en", true
	}
	return strings.Join(good, ":"), true
}
