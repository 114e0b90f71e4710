package storage

import (
	"fmt"
	"path/filepath"
	"slices"

	"github.com/leadshift/leadshift/workshop"
)

// AnswersFilesIn lists the .json files in dir, sorted by name.
func AnswersFilesIn(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	slices.Sort(files)
	return files, nil
}

// LoadAnswersFiles reads every answers file and checks it against the
// content pack. A file that fails is reported by name and skipped, so one
// bad file never stops the others.
func LoadAnswersFiles(c *workshop.Content, files []string) (all []*workshop.Answers, problems []error) {
	for _, path := range files {
		a, err := ReadAnswers(path)
		if err == nil {
			if err = a.CheckAgainst(c); err != nil {
				err = fmt.Errorf("%s: %w", path, err)
			}
		}
		if err != nil {
			problems = append(problems, err)
			continue
		}
		all = append(all, a)
	}
	return all, problems
}
