package planpdf

import (
	"io"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// BenchmarkRenderPlan renders one typical plan: the complete fixture
// participant, seven pages.
func BenchmarkRenderPlan(b *testing.B) {
	c := testContent(b)
	a := zoe()
	b.ReportAllocs()
	for b.Loop() {
		if err := Render(io.Discard, c, a, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderPack200 renders 200 typical plans into one pack.
func BenchmarkRenderPack200(b *testing.B) {
	c := testContent(b)
	all := make([]*workshop.Answers, 200)
	for i := range all {
		if i%2 == 0 {
			all[i] = zoe()
		} else {
			all[i] = lukasz()
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := RenderPack(io.Discard, c, all, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
