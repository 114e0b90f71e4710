package main

import (
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

// The generated file is gofmt-clean Go whose constant is the input, byte
// for byte, whatever characters the input holds.
func TestSourceHoldsTheText(t *testing.T) {
	for _, text := range []string{
		"# `fyne package` reads this\n[Details]\nName = \"LeadShift\"\nVersion = \"1.2.3-dev\"\n",
		"no final newline \\ and a tab\t",
		"",
	} {
		src := source(text)
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "gen.go", src, parser.ParseComments)
		if err != nil {
			t.Fatalf("generated file does not parse: %v\n%s", err, src)
		}
		if !ast.IsGenerated(f) {
			t.Errorf("generated file lacks the generated-code header:\n%s", src)
		}
		pkg, err := new(types.Config).Check("main", fset, []*ast.File{f}, nil)
		if err != nil {
			t.Fatalf("generated file does not type-check: %v\n%s", err, src)
		}
		c, _ := pkg.Scope().Lookup("fyneAppTOML").(*types.Const)
		if c == nil {
			t.Fatalf("no constant fyneAppTOML in\n%s", src)
		}
		if got := constant.StringVal(c.Val()); got != text {
			t.Errorf("constant is %q, want %q", got, text)
		}
		if strings.Contains(src, "\n\n\n") {
			t.Errorf("blank lines gofmt would remove:\n%s", src)
		}
	}
}
