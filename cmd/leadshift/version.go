package main

import (
	"fmt"

	"github.com/BurntSushi/toml"
)

// fyneAppTOML, in fyneapp_gen.go, is the top-level FyneApp.toml, the one
// place that sets LeadShift's name, ID, version and icon. Copying it into
// the package gives plain `go build` and `go install` the same version as
// `fyne package`; go:embed cannot reach a file above the package.
// TestMetaIsFyneAppTOML fails when the copy is stale.
//
//go:generate go run ../internal/genmeta ../../FyneApp.toml fyneapp_gen.go

// appMeta is what LeadShift reads from FyneApp.toml.
type appMeta struct {
	Details struct {
		Name, ID, Version string
		Build             int
	}
}

// meta is FyneApp.toml, read once at start.
var meta = mustParseMeta(fyneAppTOML)

func parseMeta(s string) (appMeta, error) {
	var m appMeta
	if _, err := toml.Decode(s, &m); err != nil {
		return m, fmt.Errorf("FyneApp.toml: %w", err)
	}
	d := m.Details
	if d.Name == "" || d.ID == "" || d.Version == "" || d.Build < 1 {
		return m, fmt.Errorf("FyneApp.toml: [Details] needs Name, ID, Version and Build, got %+v", d)
	}
	return m, nil
}

func mustParseMeta(s string) appMeta {
	m, err := parseMeta(s)
	if err != nil {
		panic(err) // the embedded file is checked by TestMeta
	}
	return m
}
