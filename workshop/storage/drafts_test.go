package storage

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop/manager"
)

func draftRequest1() *manager.Request {
	return &manager.Request{Format: manager.RequestFormat, Version: manager.RequestVersion,
		ID: "6a1c2f0e-3b4d-4e5f-8a9b-0c1d2e3f4a5b", AnswersID: "7b2d3e1f-4c5e-4f60-9bac-1d2e3f4a5b6c", Name: "Kim",
		Statements: []manager.Statement{{ID: "exp.a", Text: "I lead the team", Polarity: "role"}},
		Questions:  []manager.Question{{ID: "core-1", Text: "How is the team?"}}}
}

func TestDraftSaverKeepsTheNewestAnswersAndListsThem(t *testing.T) {
	d := OpenDrafts(filepath.Join(t.TempDir(), "manager"))
	if got := d.List(); len(got) != 0 {
		t.Fatalf("no drafts yet, listed %d", len(got))
	}
	q := draftRequest1()
	r := manager.NewResponse(q, time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC))
	var errs []error
	s := NewDraftSaver(d, func(err error) { errs = append(errs, err) })
	r.Manager = "Dana"
	s.Save(q, r)
	r.SetAnswer("core-1", "Stretched thin.")
	s.Save(q, r)
	s.Close()
	s.Save(q, manager.NewResponse(q, time.Now())) // after Close: nothing
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	got, err := d.Load(q.ID)
	if err != nil || got == nil || got.Manager != "Dana" || got.Answer("core-1") != "Stretched thin." {
		t.Fatalf("loaded %+v, %v", got, err)
	}
	list := d.List()
	if len(list) != 1 || list[0].Request.Name != "Kim" || list[0].Response.ID != r.ID {
		t.Fatalf("listed %+v", list)
	}
	if err := d.Remove(q.ID); err != nil {
		t.Fatal(err)
	}
	if got, err := d.Load(q.ID); got != nil || err != nil {
		t.Errorf("after Remove: %v, %v", got, err)
	}
}

func TestDraftsRefuseIDsThatAreNotUUIDsAndSkipBrokenFolders(t *testing.T) {
	dir := t.TempDir()
	d := OpenDrafts(dir)
	if _, err := d.Load("../../etc"); err == nil {
		t.Error("a request ID with a path in it was accepted")
	}
	q := draftRequest1()
	if err := d.Save(q, manager.NewResponse(q, time.Now())); err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(dir, "0b1c2f0e-3b4d-4e5f-8a9b-0c1d2e3f4a5b")
	if err := os.MkdirAll(broken, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(broken, "request.json"), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if list := d.List(); len(list) != 1 || list[0].Request.ID != q.ID {
		t.Errorf("listed %+v, want only the readable draft", list)
	}
}
