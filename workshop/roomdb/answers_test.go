package roomdb

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

func TestPutAnswersIsIdempotent(t *testing.T) {
	type put struct {
		rev  int64
		data string
	}
	tests := []struct {
		name     string
		puts     []put
		wantRevs []int64 // what each PutAnswers returns
		wantData string  // stored at the end
	}{
		{"first write", []put{{3, "v3"}}, []int64{3}, "v3"},
		{"same rev twice", []put{{1, "v1"}, {1, "v1 again"}}, []int64{1, 1}, "v1"},
		{"older after newer", []put{{5, "v5"}, {4, "v4"}, {1, "v1"}}, []int64{5, 5, 5}, "v5"},
		{"newer replaces", []put{{1, "v1"}, {2, "v2"}, {10, "v10"}}, []int64{1, 2, 10}, "v10"},
		{"retried batch", []put{{1, "v1"}, {2, "v2"}, {1, "v1"}, {2, "v2"}, {3, "v3"}}, []int64{1, 2, 2, 2, 3}, "v3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			d := openTest(t)
			if err := d.AddMember(ctx, testMember("m"), tokenHash("m")); err != nil {
				t.Fatal(err)
			}
			for i, p := range tt.puts {
				got, err := d.PutAnswers(ctx, "m", p.rev, []byte(p.data))
				if err != nil {
					t.Fatal(err)
				}
				if got != tt.wantRevs[i] {
					t.Errorf("PutAnswers(rev %d) = %d, want %d", p.rev, got, tt.wantRevs[i])
				}
			}
			rev, data, err := d.GetAnswers(ctx, "m")
			if err != nil {
				t.Fatal(err)
			}
			if want := tt.wantRevs[len(tt.wantRevs)-1]; rev != want || string(data) != tt.wantData {
				t.Errorf("GetAnswers = %d %q, want %d %q", rev, data, want, tt.wantData)
			}
		})
	}
}

func TestAnswersErrors(t *testing.T) {
	ctx := context.Background()
	d := openTest(t)
	if err := d.AddMember(ctx, testMember("m"), tokenHash("m")); err != nil {
		t.Fatal(err)
	}

	if _, err := d.PutAnswers(ctx, "nobody", 1, []byte("{}")); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("PutAnswers of an unknown member: %v, want ErrNotFound", err)
	}
	if _, _, err := d.GetAnswers(ctx, "nobody"); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("GetAnswers of an unknown member: %v, want ErrNotFound", err)
	}
	if _, _, err := d.GetAnswers(ctx, "m"); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("GetAnswers of a member without answers: %v, want ErrNotFound", err)
	}
	if _, err := d.PutAnswers(ctx, "m", 1, nil); err == nil || errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("PutAnswers of nil data: %v, want a constraint error", err)
	}
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := d.PutAnswers(canceled, "m", 1, []byte("{}")); !errors.Is(err, context.Canceled) {
		t.Errorf("PutAnswers with a canceled context: %v, want context.Canceled", err)
	}
	if _, _, err := d.GetAnswers(ctx, "m"); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("a refused PutAnswers stored something: %v", err)
	}
}

func TestPutAnswersConcurrently(t *testing.T) {
	const members, revs = 50, 20
	ctx := context.Background()
	d := openTest(t)
	for i := range members {
		id := fmt.Sprint("m", i)
		if err := d.AddMember(ctx, testMember(id), tokenHash(id)); err != nil {
			t.Fatal(err)
		}
	}
	doc := func(id string, rev int64) []byte { return fmt.Appendf(nil, `{"member":%q,"rev":%d}`, id, rev) }

	var wg sync.WaitGroup
	for i := range members {
		id := fmt.Sprint("m", i)
		wg.Go(func() {
			for rev := int64(1); rev <= revs; rev++ {
				got, err := d.PutAnswers(ctx, id, rev, doc(id, rev))
				if err != nil {
					t.Error(err)
					return
				}
				if got != rev {
					t.Errorf("PutAnswers(%s, %d) = %d", id, rev, got)
				}
			}
			// A late retry of an old revision changes nothing.
			if got, err := d.PutAnswers(ctx, id, 1, doc(id, 1)); err != nil || got != revs {
				t.Errorf("late PutAnswers(%s, 1) = %d, %v, want %d", id, got, err, revs)
			}
		})
	}
	// Readers run alongside the writers.
	for range 5 {
		wg.Go(func() {
			for range 20 {
				if _, err := d.Members(ctx); err != nil {
					t.Error(err)
					return
				}
				if _, _, err := d.GetAnswers(ctx, "m0"); err != nil && !errors.Is(err, workshop.ErrNotFound) {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()

	for i := range members {
		id := fmt.Sprint("m", i)
		rev, data, err := d.GetAnswers(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if rev != revs || string(data) != string(doc(id, revs)) {
			t.Errorf("GetAnswers(%s) = %d %s, want %d %s", id, rev, data, revs, doc(id, revs))
		}
	}
}
