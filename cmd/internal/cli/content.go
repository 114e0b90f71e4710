package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/workshop"
)

func contentExport(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("content export", stdout)
	out := fs.String("out", "", "file to write the built-in content pack to")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return bad("content export: --out FILE is required")
	}
	if err := writeFile(*out, assets.ContentPack); err != nil {
		return fmt.Errorf("content export: %w", err)
	}
	fmt.Fprintf(stdout, "wrote the built-in content pack to %s\n", *out)
	return nil
}

func contentCheck(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("content check", stdout)
	if err := parseUpTo(fs, args, 1); err != nil {
		return err
	}
	name := "built-in content pack"
	var c *workshop.Content
	var err error
	if fs.NArg() == 1 {
		name = fs.Arg(0)
		c, err = loadContent(name)
	} else {
		c, err = workshop.DecodeContent(bytes.NewReader(assets.ContentPack))
		if err != nil {
			err = bad("%s: %w", name, err)
		}
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: ok (%s, edition %s: %d dimensions, %d expectations, %d skills)\n",
		name, c.ID, c.Edition, len(c.Dimensions), len(c.Expectations), len(c.Skills))
	return nil
}

// loadContent reads a content pack file, or the built-in pack when path is empty.
func loadContent(path string) (*workshop.Content, error) {
	if path == "" {
		return assets.BuiltinContent()
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, bad("%w", err)
	}
	c, err := workshop.DecodeContent(bytes.NewReader(data))
	if err != nil {
		return nil, bad("%s: %w", path, err)
	}
	return c, nil
}
