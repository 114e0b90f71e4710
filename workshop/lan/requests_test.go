package lan

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/memstore"
	"github.com/leadshift/leadshift/workshop/strictjson"
)

// TestBadRequests: whatever a client sends, the host answers with a 4xx
// and a JSON error naming the problem.
func TestBadRequests(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	c, j := join(t, addr, h.Code(), "Ana")
	token := j.Session.Token
	answers := func(edit func(a *workshop.Answers)) string {
		a := exampleAnswers(t)
		edit(a)
		return `{"base":{"rev":0,"hash":""},"answers":` + mustJSON(t, a) + `}`
	}
	huge := `{"base":{"rev":0,"hash":""},"answers":{"format":"leadshift.answers","x":"` + strings.Repeat("x", workshop.MaxFileSize) + `"}}`
	for _, tc := range []struct {
		name, method, path, token, body string
		status                          int
		problem                         string
	}{
		{"oversized answers", "PUT", "/v1/answers", token, huge, 413, "larger than 4194304 bytes"},
		{"oversized join", "POST", "/v1/join", "", `{"code":"` + strings.Repeat("A", joinBody) + `"}`, 413, "larger than 4096 bytes"},
		{"oversized join", "POST", "/v1/join", "", `{"code":"x","name":"` + strings.Repeat(" ", joinBody) + `"}`, 413, "larger"},
		{"empty body", "POST", "/v1/join", "", ``, 400, "empty"},
		{"truncated JSON", "POST", "/v1/join", "", `{"code":"ABC`, 400, "ends in the middle"},
		{"malformed JSON", "POST", "/v1/join", "", `{"code" "ABC"}`, 400, "not valid JSON"},
		{"not an object", "POST", "/v1/join", "", `["ABC","Ana"]`, 400, "must be a JSON object"},
		{"unknown field", "POST", "/v1/join", "", `{"code":"ABC","name":"Ana","admin":true}`, 400, `unknown field "admin"`},
		{"wrong type", "POST", "/v1/join", "", `{"code":123456,"name":"Ana"}`, 400, `field "code" must be a string`},
		{"trailing data", "POST", "/v1/join", "", `{"code":"ABC","name":"Ana"} {}`, 400, "more data after"},
		{"base rev as text", "PUT", "/v1/answers", token, `{"base":{"rev":"1"},"answers":{}}`, 400, `field "base.rev" must be a number`},
		{"base rev fraction", "PUT", "/v1/answers", token, `{"base":{"rev":1.5},"answers":{}}`, 400, `field "base.rev" must be a number`},
		{"base rev negative", "PUT", "/v1/answers", token, `{"base":{"rev":-1},"answers":` + mustJSON(t, exampleAnswers(t)) + `}`, 400, "base.rev must be 0 or more"},
		{"client-chosen rev", "PUT", "/v1/answers", token, `{"rev":7,"answers":` + mustJSON(t, exampleAnswers(t)) + `}`, 400, `unknown field "rev"`},
		{"answers missing", "PUT", "/v1/answers", token, `{"base":{}}`, 400, "answers are missing"},
		{"answers null", "PUT", "/v1/answers", token, `{"base":{"rev":0,"hash":""},"answers":null}`, 400, "answers are missing"},
		{"answers not an object", "PUT", "/v1/answers", token, `{"base":{"rev":0,"hash":""},"answers":[1,2]}`, 400, "does not start with a JSON object"},
		{"answers of another pack", "PUT", "/v1/answers", token, answers(func(a *workshop.Answers) { a.ContentID = "other-pack" }), 400, "contentId"},
		{"unknown item", "PUT", "/v1/answers", token, answers(func(a *workshop.Answers) { a.Ratings["no.such.item"] = 3 }), 400, "no.such.item"},
		{"rating out of range", "PUT", "/v1/answers", token, answers(func(a *workshop.Answers) { a.Ratings["assess.trust.copy-me"] = 9 }), 400, "9 is not 1 to 5"},
		{"unknown step", "PUT", "/v1/answers", token, answers(func(a *workshop.Answers) { a.Step = "lunch" }), 400, "step"},
		{"answers with an unknown field", "PUT", "/v1/answers", token, `{"base":{"rev":0,"hash":""},"answers":{"format":"leadshift.answers","version":1,"extra":1}}`, 400, "extra"},
		{"share as text", "PUT", "/v1/answers", token, answers(func(*workshop.Answers) {})[:len(answers(func(*workshop.Answers) {}))-2] + `,"share":"yes"}}`, 400, `share`},
		{"share endpoint of protocol 1", "PUT", "/v1/share", token, `{"share":true}`, 404, "/v1/share"},
		{"no token", "GET", "/v1/state", "", ``, 401, "token"},
		{"unknown token", "GET", "/v1/state", NewToken(), ``, 401, "does not know your token"},
		{"unknown path", "GET", "/v1/secrets", token, ``, 404, "/v1/secrets"},
		{"old version", "GET", "/v0/hello", "", ``, 404, "protocol version 2"},
		{"wrong method", "DELETE", "/v1/answers", token, ``, 405, "GET or PUT"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, msg := raw(t, c, tc.method, tc.path, tc.token, []byte(tc.body))
			if status != tc.status || !strings.Contains(msg, tc.problem) {
				t.Errorf("%d %q, want %d naming %q", status, msg, tc.status, tc.problem)
			}
		})
	}
	if _, _, err := c.GetAnswers(ctx(t)); apiStatus(err) != http.StatusNotFound {
		t.Errorf("a refused request stored answers: %v", err)
	}
}

// panickyStore is a store whose token lookup panics.
type panickyStore struct{ workshop.RoomStore }

func (panickyStore) MemberByToken(context.Context, []byte) (workshop.Member, error) {
	panic("broken store")
}

// TestRecoverPanic: a panic in a handler becomes a 500 with a JSON error.
func TestRecoverPanic(t *testing.T) {
	h := newHost(t, panickyStore{memstore.New()}, HostOptions{})
	var logged bytes.Buffer
	h.setLog(slog.New(slog.NewTextHandler(&logged, nil)))
	rec := serveRecorded(h, http.MethodGet, "/v1/state", "Bearer "+NewToken(), nil)
	if rec.Code != http.StatusInternalServerError || !bytes.Contains(rec.Body.Bytes(), []byte(`"error"`)) {
		t.Errorf("panic answered with %d %s", rec.Code, rec.Body)
	}
	if !strings.Contains(logged.String(), "panic while serving a request") || !strings.Contains(logged.String(), "broken store") {
		t.Errorf("the panic was not logged: %q", logged.String())
	}
}

// TestJoinAnswer: the answer to a join, put together from the state and
// content pack already encoded, is one JSON object that decodes to the
// response, whatever its strings hold.
func TestJoinAnswer(t *testing.T) {
	resp := joinResponse{ParticipantID: "p-1", Token: "to\"ken <&> \u2028",
		State: json.RawMessage(`{"rev":3,"title":"A & B"}`), Content: json.RawMessage(`{"id":"builtin","title":"<x>"}`)}
	rec := httptest.NewRecorder()
	writeJoined(rec, resp)
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("answered %d with %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	var got joinResponse
	if err := strictjson.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatalf("%v: %s", err, rec.Body)
	}
	if got.ParticipantID != resp.ParticipantID || got.Token != resp.Token ||
		!bytes.Equal(got.State, resp.State) || !bytes.Equal(got.Content, resp.Content) {
		t.Errorf("decoded %+v, want %+v", got, resp)
	}
}
