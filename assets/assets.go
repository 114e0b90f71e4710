// Package assets holds the files built into the LeadShift binary: the
// built-in content pack and the application icon.
package assets

import (
	"bytes"
	_ "embed"
	"fmt"

	"github.com/leadshift/leadshift/workshop"
)

// ContentPack is the built-in content pack (JSON, format leadshift.content).
//
//go:embed content/builtin.json
var ContentPack []byte

// Licences lists the licence of every component in the binary, as
// THIRD_PARTY_LICENSES.md (Markdown); .ci/licenses writes both.
//
//go:embed licenses.md
var Licences []byte

// Icon is the application icon (PNG).
//
//go:embed icon.png
var Icon []byte

// BuiltinContent decodes and validates the built-in content pack.
func BuiltinContent() (*workshop.Content, error) {
	c, err := workshop.DecodeContent(bytes.NewReader(ContentPack))
	if err != nil {
		return nil, fmt.Errorf("built-in content pack: %w", err)
	}
	return c, nil
}
