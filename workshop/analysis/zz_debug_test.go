package analysis

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

func TestZZDebug(t *testing.T) {
	f, _ := os.Open("../../assets/content/builtin.json")
	c, err := workshop.DecodeContent(f)
	if err != nil {
		t.Skip(err)
	}
	for _, n := range strings.Fields(os.Getenv("PERSONAS")) {
		b, _ := os.ReadFile(filepath.Join("../../docs/examples/personas", n+".json"))
		var a workshop.Answers
		json.Unmarshal(b, &a)
		r := Analyze(c, &a)
		fmt.Println("=====", n)
		for _, s := range r.Candidates[:5] {
			fmt.Printf("  %v %-26s %.2f\n", s.Chosen, s.ID, s.Score)
			for _, e := range s.Evidence {
				fmt.Printf("      %-10s %.1f %v %q\n", e.Source, e.Weight, e.Items, e.Quotes)
			}
		}
		for id, txt := range a.Reflections {
			fmt.Println("  R", id, a.Tags[id])
			for _, s := range sentences(txt) {
				best, most := "", 0
				for _, sk := range c.Skills {
					if h := s.hits(sk.Cues); h > most {
						best, most = sk.ID, h
					}
				}
				fmt.Printf("     %2d %-22s %s\n", s.telling(), best, s.text)
			}
		}
	}
}
