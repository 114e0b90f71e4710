package storage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
)

func TestStoreKeepsTheManagersResponse(t *testing.T) {
	s, _ := Open(filepath.Join(t.TempDir(), "solo"))
	if r, err := s.LoadManager(); r != nil || err != nil {
		t.Fatalf("empty store: %v, %v", r, err)
	}
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	q := &manager.Request{ID: "6a1c2f0e-3b4d-4e5f-8a9b-0c1d2e3f4a5b", AnswersID: "7b2d3e1f-4c5e-4f60-9bac-1d2e3f4a5b6c",
		Questions: []manager.Question{{ID: "core-1", Text: "How is the team?"}}}
	r := manager.NewResponse(q, now)
	r.Manager = "Dana"
	r.SetAnswer("core-1", "Stretched.")
	if err := s.SaveManager(r); err != nil {
		t.Fatal(err)
	}
	got, err := s.LoadManager()
	if err != nil || got.Manager != "Dana" || got.Answer("core-1") != "Stretched." {
		t.Fatalf("loaded %+v, %v", got, err)
	}
	if err := s.SaveManager(nil); err != nil {
		t.Fatal(err)
	}
	if r, err := s.LoadManager(); r != nil || err != nil {
		t.Errorf("after removing: %v, %v", r, err)
	}
	if err := os.WriteFile(s.ManagerPath(), []byte(`{"format":"leadshift.answers"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	var fe *workshop.FieldError
	if _, err := s.LoadManager(); err == nil || !strings.Contains(err.Error(), s.ManagerPath()) || !errors.As(err, &fe) {
		t.Errorf("a broken response file: %v", err)
	}
}
