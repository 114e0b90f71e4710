package analysis

import "testing"

// Knowledge only I have is found in my words when I name it; a sentence
// that names nothing, or a whole clause, is not taken for it.
func TestKnowledgeOnlyIHaveIsFoundInMyWords(t *testing.T) {
	c := fixture(t)
	for text, want := range map[string]string{
		"I worked three weekends because nobody else knows the storage cluster.": "the storage cluster",
		"I'm the only one who knows how to restore the ERP, so I stay on call.":  "how to restore the ERP",
		"Nobody else knows it.": "",
		"No one on the team can fix the thing that we bought from the vendor in 2019 when the old one broke.": "",
		"Everyone knows the storage cluster by now.":                                                          "",
	} {
		a := mixed(c)
		a.Reflections = map[string]string{"a.p": text}
		if got := onlyMine(c, a); got != want {
			t.Errorf("%q: found %q, want %q", text, got, want)
		}
	}
}
