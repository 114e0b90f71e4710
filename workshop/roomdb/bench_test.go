package roomdb

import (
	"bytes"
	"context"
	"fmt"
	"sync/atomic"
	"testing"
)

// BenchmarkPutAnswers measures a durable write of a 10 KB answers document:
// one member saving again and again, and 50 members saving at once, as in a
// full room.
func BenchmarkPutAnswers(b *testing.B) {
	doc := bytes.Repeat([]byte("a"), 10<<10)

	b.Run("one member", func(b *testing.B) {
		ctx := context.Background()
		d := openTest(b)
		if err := d.AddMember(ctx, testMember("m"), tokenHash("m")); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		b.SetBytes(int64(len(doc)))
		var rev int64
		for b.Loop() {
			rev++
			if _, err := d.PutAnswers(ctx, "m", rev, doc); err != nil {
				b.Fatal(err)
			}
		}
	})

	b.Run("50 members at once", func(b *testing.B) {
		const members = 50
		ctx := context.Background()
		d := openTest(b)
		for i := range members {
			id := fmt.Sprint("m", i)
			if err := d.AddMember(ctx, testMember(id), tokenHash(id)); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportAllocs()
		b.SetBytes(int64(len(doc)))
		b.SetParallelism((members + 1) / 2) // about 50 goroutines on 2 cores
		var next atomic.Int64
		b.RunParallel(func(pb *testing.PB) {
			id := fmt.Sprint("m", next.Add(1)%members)
			var rev int64
			for pb.Next() {
				rev++
				if _, err := d.PutAnswers(ctx, id, rev, doc); err != nil {
					b.Error(err)
					return
				}
			}
		})
	})
}
