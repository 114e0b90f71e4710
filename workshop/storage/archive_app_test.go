package storage

import (
	"bytes"
	"context"
	"testing"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/memstore"
)

func TestArchiveNamesTheLeadShiftThatWroteIt(t *testing.T) {
	defer func(old string) { WrittenBy = old }(WrittenBy)
	WrittenBy = "LeadShift 9.8.7"
	store := memstore.New()
	ctx := context.Background()
	if err := store.SaveRoom(ctx, &workshop.RoomRecord{ID: "r", Code: "ABCDEF", State: workshop.NewRoomState("t", workshop.DefaultAgenda, workshop.Paced)}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteArchive(ctx, &buf, workshop.NewSetup(now, "a4"), store); err != nil {
		t.Fatal(err)
	}
	ar, err := ReadArchive(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if ar.App != "LeadShift 9.8.7" {
		t.Errorf("archive app = %q, want the version that wrote it", ar.App)
	}
}
