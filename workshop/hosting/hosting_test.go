package hosting

import (
	"context"
	"errors"
	"net"
	"testing"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
	"github.com/leadshift/leadshift/workshop/memstore"
)

func TestStartServesAnnouncesAndResumes(t *testing.T) {
	c, err := assets.BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	store := memstore.New()
	announced := make(chan lan.Announcement, 1)
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	opt := Options{HostOptions: lan.HostOptions{Title: "Ops leads", Content: c, Pacing: workshop.Paced},
		Addr: taken.Addr().String(), AnyPort: true,
		Announce: func(ctx context.Context, a lan.Announcement) error { announced <- a; <-ctx.Done(); return nil }}
	r, err := Start(ctx, store, opt)
	if err != nil {
		t.Fatal(err)
	}
	if a := <-announced; a.Title != "Ops leads" || a.Fingerprint != r.Fingerprint() || a.Port == 0 {
		t.Errorf("announced %+v", a)
	}
	if len(r.Addrs()) == 0 || r.Store() != store {
		t.Errorf("addresses %v", r.Addrs())
	}
	cl := lan.Dial(r.Addrs()[len(r.Addrs())-1], "")
	defer cl.Close()
	if _, err := cl.Hello(ctx); err != nil {
		t.Errorf("the room does not answer on %v (the usual port was taken): %v", r.Addrs(), err)
	}
	code := r.Code()
	if err := r.Close(); err != nil || r.Wait() != nil || r.Close() != nil {
		t.Errorf("closing: %v", err)
	}

	// Started again on its store, the room is the same room.
	again, err := Start(ctx, store, Options{HostOptions: opt.HostOptions, Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	if again.Code() != code {
		t.Errorf("resumed with code %s, want %s", again.Code(), code)
	}
	again.Close()

	// Without AnyPort a taken address is a ListenError, and the store is
	// closed all the same.
	opt.AnyPort, opt.Announce = false, nil
	store2 := memstore.New()
	if _, err := Start(ctx, store2, opt); !errors.As(err, new(*ListenError)) {
		t.Errorf("a taken address: %v, want a ListenError", err)
	}
}

// A network that refuses the announcement is a problem the facilitator is
// told about, through the host's change callback.
func TestAnnounceFailureIsReported(t *testing.T) {
	c, err := assets.BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	changed := make(chan struct{}, 10)
	r, err := Start(context.Background(), memstore.New(), Options{
		HostOptions: lan.HostOptions{Title: "Ops leads", Content: c, OnChange: func() {
			select {
			case changed <- struct{}{}:
			default:
			}
		}},
		Addr:     "127.0.0.1:0",
		Announce: func(context.Context, lan.Announcement) error { return errors.New("multicast not allowed") }})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for r.Problem() == nil {
		<-changed
	}
	if !errors.Is(r.Problem(), ErrNotAnnounced) {
		t.Errorf("problem %v, want ErrNotAnnounced", r.Problem())
	}
}
