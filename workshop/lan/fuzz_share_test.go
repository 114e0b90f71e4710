package lan

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/leadshift/leadshift/workshop/memstore"
)

func FuzzShareRequest(f *testing.F) {
	h := newHost(f, memstore.New(), HostOptions{})
	rec := serveRecorded(h, http.MethodPost, "/v1/join", "", []byte(`{"code":"`+h.Code()+`","name":"Ana"}`))
	var joined joinResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &joined); err != nil || joined.Token == "" {
		f.Fatalf("joining: %d %s", rec.Code, rec.Body)
	}
	for _, seed := range []string{`{"share":true}`, `{"share":false}`, `{"share":"yes"}`, `{}`, `{"share":true,"x":1}`, `null`, ``} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		checkAnswer(t, serveRecorded(h, http.MethodPut, "/v1/share", "Bearer "+joined.Token, body), body)
	})
}
