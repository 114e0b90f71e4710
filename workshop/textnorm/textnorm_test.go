package textnorm

import "testing"

func TestNFKC(t *testing.T) {
	for in, want := range map[string]string{
		"Ｍａｌｌｏｒｙ":   "Mallory",  // full-width
		"Zoe\u0308": "Zo\u00eb", // e + combining diaeresis → ë
		"ﬁona":      "fiona",    // ligature
		"Ana":       "Ana",
	} {
		if got := NFKC(in); got != want {
			t.Errorf("NFKC(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNFKD(t *testing.T) {
	if got, want := NFKD("Zo\u00eb"), "Zoe\u0308"; got != want {
		t.Errorf("NFKD(Zoë) = %q, want %q", got, want)
	}
}
