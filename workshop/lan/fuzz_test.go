package lan

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/memstore"
)

// serveRecorded runs one request through the host's handler, without a
// network.
func serveRecorded(h *Host, method, path, auth string, body []byte) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, path, bytes.NewReader(body))
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	rec := httptest.NewRecorder()
	h.srv.Handler.ServeHTTP(rec, req)
	return rec
}

// checkAnswer fails unless the host answered below 500 with a JSON body.
func checkAnswer(t *testing.T, rec *httptest.ResponseRecorder, body []byte) {
	t.Helper()
	if rec.Code >= 500 || !json.Valid(rec.Body.Bytes()) {
		t.Fatalf("body %q: answered %d %q", body, rec.Code, rec.Body)
	}
}

func FuzzJoinRequest(f *testing.F) {
	h := newHost(f, memstore.New(), HostOptions{})
	for _, seed := range []string{
		`{"code":"` + h.Code() + `","name":"Ana"}`,
		`{"code":"` + strings.ToLower(h.Code()) + `","name":"  Zoë Müller  "}`,
		`{"code":"ZZZZZZ","name":"Eve"}`,
		`{"code":"","name":""}`,
		`{"code":null,"name":null}`,
		`{"code":["A"],"name":{"x":1}}`,
		`{"code":"` + h.Code() + `","name":"` + strings.Repeat("\\u0000", 100) + `"}`,
		`{"code":"A","name":"B","extra":true}`,
		`{"code":"` + h.Code() + `","name":"Ana","requestId":"r1"}`,
		`{"code":"` + h.Code() + `","name":"\u202eEve\u200b","requestId":"` + strings.Repeat("x", 65) + `"}`,
		`{"code":"A"}{"code":"B"}`,
		"\xff\xfe{",
		``,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		// every input gets its own attempts
		h.gate = workshop.NewJoinGate(workshop.JoinRates{Burst: 10000, PerMinute: 10000, SourceBurst: 10000, SourcePerMinute: 10000})
		checkAnswer(t, serveRecorded(h, http.MethodPost, "/v1/join", "", body), body)
	})
}

func FuzzAnswersRequest(f *testing.F) {
	h := newHost(f, memstore.New(), HostOptions{})
	rec := serveRecorded(h, http.MethodPost, "/v1/join", "", []byte(`{"code":"`+h.Code()+`","name":"Ana"}`))
	var joined joinResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &joined); err != nil || joined.Token == "" {
		f.Fatalf("joining: %d %s", rec.Code, rec.Body)
	}
	auth := "Bearer " + joined.Token
	// Small seeds: the fuzzer spends up to a minute minimising each new
	// interesting input, which for a complete answers file never ends.
	small := workshop.NewAnswers("builtin", time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC))
	small.Participant = workshop.Participant{Name: "Ana", Role: "Lead"}
	small.Ratings["assess.trust.copy-me"] = 4
	small.Plan = &workshop.Plan{Focus: []workshop.FocusArea{{Title: "Delegate", Actions: []workshop.PlanAction{{Text: "a", Kind: "70"}}}}}
	answers := mustJSON(f, small)
	for _, seed := range []string{
		`{"base":{"rev":0},"answers":` + answers + `}`,
		`{"base":{"rev":0},"answers":` + strings.Replace(answers, `"builtin"`, `"other"`, 1) + `}`,
		`{"base":{"rev":2},"answers":` + strings.Replace(answers, `:4}`, `:-4}`, 1) + `}`,
		`{"base":{"rev":9223372036854775807,"hash":"x"},"answers":{"format":"leadshift.answers","version":1}}`,
		`{"base":{"rev":-1},"answers":{}}`,
		`{"base":{"rev":0},"answers":"` + strings.Repeat("x", 100) + `"}`,
		`{"base":{"rev":0},"answers":{"format":"leadshift.answers","version":1,"step":"plan","plan":{"focus":[{"actions":[{"kind":"99"}]}]}}}`,
		`{"base":{"rev":1e400},"answers":null}`,
		`{"base":{"rev":0},"answers":{"format":"leadshift.answers","version":1,"participant":{"teamSize":-1}}}`,
		`{}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		checkAnswer(t, serveRecorded(h, http.MethodPut, "/v1/answers", auth, body), body)
	})
}

func FuzzDiscoveryDatagram(f *testing.F) {
	good, err := encodeAnnouncement(Announcement{Title: "Leadership day", Port: DefaultPort, Fingerprint: "river-cabin-frost-mango-tiger-unveil"})
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range []string{
		string(good),
		`{"leadshift":3,"title":"x","port":1,"fingerprint":"river-cabin-frost-mango-tiger-unveil"}`,
		`{"leadshift":2,"title":"x","port":70000,"fingerprint":"river-cabin-frost-mango-tiger-unveil"}`,
		`{"leadshift":2,"title":"x\u0007","port":1,"fingerprint":"river-cabin-frost-mango-tiger-unveil"}`,
		`{"leadshift":2,"title":"x","port":1,"fingerprint":"river-cabin-frost-mango"}`,
		`{"leadshift":2,"title":"x","port":1,"fingerprint":"river-cabin-frost-mango-tiger-unveil","evil":1}`,
		`{"leadshift":1} trailing`,
		"M-SEARCH * HTTP/1.1\r\n",
		"",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		dg, err := decodeAnnouncement(b)
		if err != nil {
			return
		}
		again, err := encodeAnnouncement(Announcement{Title: dg.Title, Port: dg.Port, Fingerprint: dg.Fingerprint})
		if err != nil {
			t.Fatalf("%q decodes but does not encode again: %v", b, err)
		}
		if back, err := decodeAnnouncement(again); err != nil || back != dg {
			t.Fatalf("%q: round trip gives %+v, %v", b, back, err)
		}
	})
}

func FuzzSSEParser(f *testing.F) {
	for _, seed := range []string{
		"id: 3\nevent: state\ndata: {\"rev\":3}\n\n",
		": heartbeat\n\nid: 4\nevent: state\ndata: {\"rev\":\ndata: 4}\n\n",
		"data:no space\r\n\r\nevent:state\nretry: 10\nunknown\n\n",
		"event: state\n\n\n\ndata\n\n",
		"data: " + strings.Repeat("x", 300) + "\n\n",
		"data: end without a blank line",
		"\x00\xff\n:\n\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		r := newSSEReader(bytes.NewReader(b))
		for n := 1; ; n++ {
			ev, err := r.next()
			if err != nil {
				return
			}
			if n > len(b) || len(ev.data) > maxEventSize || ev.name == "" || !bytes.Contains(b, []byte("data")) {
				t.Fatalf("event %d (%q, data %q) from %q", n, ev.name, ev.data, b)
			}
		}
	})
}

// FuzzErrorAnswer feeds the client's reading of a host's error answer,
// conflicts included, with any body: it never panics, and a conflict it
// reports carries the room's answers.
func FuzzErrorAnswer(f *testing.F) {
	small := workshop.NewAnswers("builtin", time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC))
	for _, seed := range []string{
		`{"error":"conflict","conflict":{"rev":3,"hash":"ab","answers":` + mustJSON(f, small) + `}}`,
		`{"error":"conflict","conflict":{"rev":3,"hash":"ab","answers":{"format":"x"}}}`,
		`{"error":"conflict","conflict":null}`,
		`{"error":"","conflict":{"answers":[]}}`,
		`not json`,
		``,
	} {
		f.Add([]byte(seed), 409)
	}
	f.Fuzz(func(t *testing.T, body []byte, status int) {
		if status < 100 || status > 999 {
			return
		}
		resp := &http.Response{StatusCode: status, Body: io.NopCloser(bytes.NewReader(body))}
		err := readAPIError(resp)
		var conflict *ConflictError
		var api *APIError
		switch {
		case errors.As(err, &conflict):
			if conflict.Room == nil || status != http.StatusConflict {
				t.Fatalf("conflict without the room's answers, or from status %d", status)
			}
		case errors.As(err, &api):
			if api.Message == "" || api.Status != status {
				t.Fatalf("API error %+v for status %d", api, status)
			}
		default:
			t.Fatalf("error %T %v", err, err)
		}
	})
}
