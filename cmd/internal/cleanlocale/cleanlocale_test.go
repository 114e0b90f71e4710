package cleanlocale

import "testing"

func TestApply(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string // LANGUAGE afterwards
	}{
		{"C.UTF-8", map[string]string{"LANG": "C.UTF-8"}, "en"},
		{"C.utf8 in LC_ALL", map[string]string{"LC_ALL": "C.utf8", "LANG": "de_DE.UTF-8"}, "en"},
		{"LC_MESSAGES decides before LANG", map[string]string{"LC_MESSAGES": "POSIX.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"},
		{"plain C is already clean", map[string]string{"LANG": "C"}, ""},
		{"POSIX is already clean", map[string]string{"LANG": "POSIX"}, ""},
		{"unset", map[string]string{}, ""},
		{"real locale", map[string]string{"LANG": "pl_PL.UTF-8"}, ""},
		{"LC_ALL real, LANG C.UTF-8", map[string]string{"LC_ALL": "en_CA.UTF-8", "LANG": "C.UTF-8"}, ""},
		{"LANGUAGE already set", map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "fr"}, "fr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{}
			for k, v := range tt.env {
				env[k] = v
			}
			Apply(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
			if env["LANGUAGE"] != tt.want {
				t.Errorf("LANGUAGE = %q, want %q", env["LANGUAGE"], tt.want)
			}
			if env["LANG"] != tt.env["LANG"] || env["LC_ALL"] != tt.env["LC_ALL"] {
				t.Errorf("LANG or LC_ALL changed: %v", env)
			}
		})
	}
}

func TestIsCLocale(t *testing.T) {
	for v, want := range map[string]bool{"C": true, "C.UTF-8": true, "POSIX": true, "C@euro": true,
		"": false, "en_US.UTF-8": false, "Ca_ES": false, "ca_ES.UTF-8": false} {
		if got := IsCLocale(v); got != want {
			t.Errorf("IsCLocale(%q) = %v, want %v", v, got, want)
		}
	}
}
