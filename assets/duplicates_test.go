package assets

import (
	"bytes"
	"encoding/json"
	"testing"
)

// The built-in pack names each key once per object: a key given twice
// (two edits merged side by side) would silently keep only the last.
func TestBuiltinPackHasNoDuplicateKeys(t *testing.T) {
	dec := json.NewDecoder(bytes.NewReader(ContentPack))
	var walk func(path string)
	walk = func(path string) {
		tok, err := dec.Token()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		switch tok {
		case json.Delim('{'):
			seen := map[string]bool{}
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					t.Fatalf("%s: %v", path, err)
				}
				key := k.(string)
				if seen[key] {
					t.Errorf("%s: key %q given twice", path, key)
				}
				seen[key] = true
				walk(path + "." + key)
			}
			dec.Token() // the closing brace
		case json.Delim('['):
			for dec.More() {
				walk(path + "[]")
			}
			dec.Token() // the closing bracket
		}
	}
	walk("builtin")
}
