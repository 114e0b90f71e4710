package cleanlocale

import (
	"errors"
	"testing"

	"github.com/jeandeaual/go-locale"
)

func TestLanguage(t *testing.T) {
	for _, c := range []struct {
		locales []string
		want    string // "" when LANGUAGE should stay as it is
	}{
		{nil, ""},
		{[]string{"en-US"}, ""},
		{[]string{"pl-PL", "de"}, ""},
		{[]string{"C"}, "en"},  // C.UTF-8 in LANG or LANGUAGE
		{[]string{"xx"}, "en"}, // LANG=xx: well-formed, unknown
		{[]string{"fr", "C", "de"}, "fr:de"},
	} {
		got, ok := Language(c.locales, nil)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("Language(%q) = %q, %v; want %q", c.locales, got, ok, c.want)
		}
	}
	if _, ok := Language([]string{"C"}, errors.New("no locale")); ok {
		t.Error("a failed lookup changed LANGUAGE")
	}
}

// What go-locale, and so Fyne, reads from each environment, after the fix
// Language suggests, parses: the fix reaches Fyne through LANGUAGE.
func TestTheFixIsWhatFyneReads(t *testing.T) {
	for _, env := range []map[string]string{
		{"LANG": "C.UTF-8"},
		{"LANG": "xx"},
		{"LANG": "en_GB.UTF-8", "LANGUAGE": "C.UTF-8"},
		{"LC_ALL": "C.utf8", "LANG": "de_DE.UTF-8"},
		{"LC_MESSAGES": "POSIX.UTF-8", "LANGUAGE": "xx:fr"},
	} {
		for _, k := range []string{"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"} {
			t.Setenv(k, env[k])
		}
		v, ok := Language(locale.GetLocales())
		if !ok {
			t.Errorf("%v: no fix suggested", env)
			continue
		}
		t.Setenv("LANGUAGE", v)
		locales, _ := locale.GetLocales()
		if _, ok := Language(locales, nil); ok || len(locales) == 0 {
			t.Errorf("%v with LANGUAGE=%s: Fyne still reads %q", env, v, locales)
		}
	}
}
