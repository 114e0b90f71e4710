package lan

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/memstore"
)

// fuzzManagersRoom is a host, not serving, open to managers, with Ana
// joined: her bearer header and a request made for her manager.
func fuzzManagersRoom(f *testing.F) (*Host, string, *manager.Request) {
	h := newHost(f, memstore.New(), HostOptions{})
	if err := h.SetManagers(context.Background(), true); err != nil {
		f.Fatal(err)
	}
	rec := serveRecorded(h, http.MethodPost, "/v1/join", "", []byte(`{"code":"`+h.Code()+`","name":"Ana"}`))
	var joined joinResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &joined); err != nil || joined.Token == "" {
		f.Fatalf("joining: %d %s", rec.Code, rec.Body)
	}
	a := workshop.NewAnswers(h.Content().ID, time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC))
	a.Participant = workshop.Participant{Name: "Ana", Role: "Lead"}
	q, err := manager.NewRequest(h.Content(), a, manager.Include{}, a.Created)
	if err != nil {
		f.Fatal(err)
	}
	return h, "Bearer " + joined.Token, q
}

// offerCode offers q for the member with bearer auth and returns the code.
func offerCode(f *testing.F, h *Host, auth string, q *manager.Request) string {
	body := `{"request":` + mustJSON(f, q) + `}`
	rec := serveRecorded(h, http.MethodPost, "/v1/pairing", auth, []byte(body))
	var resp pairingResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || resp.Code == "" {
		f.Fatalf("offering: %d %s", rec.Code, rec.Body)
	}
	return resp.Code
}

func FuzzPairingOffer(f *testing.F) {
	h, auth, q := fuzzManagersRoom(f)
	good := mustJSON(f, q)
	for _, seed := range []string{
		`{"request":` + good + `}`,
		`{"request":` + strings.Replace(good, `"role"`, `"boss"`, 1) + `}`,
		`{"request":` + strings.Replace(good, `"version":1`, `"version":2`, 1) + `}`,
		`{"request":` + strings.Replace(good, `"leadshift.manager-request"`, `"leadshift.answers"`, 1) + `}`,
		`{"request":{"format":"leadshift.manager-request","version":1,"id":"x","answersId":"y"}}`,
		`{"request":{"format":"leadshift.manager-request","version":1,"statements":[{"id":"a"},{"id":"a"}]}}`,
		`{"request":null}`,
		`{"request":"` + strings.Repeat("x", 100) + `"}`,
		`{"request":{}, "extra":1}`,
		`{}`,
		`[]`,
		``,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := serveRecorded(h, http.MethodPost, "/v1/pairing", auth, body)
		checkAnswer(t, rec, body)
		if rec.Code == http.StatusOK {
			var resp pairingResponse
			if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || len(resp.Code) != CodeLength {
				t.Fatalf("body %q: accepted without a pairing code: %s", body, rec.Body)
			}
		}
	})
}

func FuzzManagerJoin(f *testing.F) {
	h, auth, q := fuzzManagersRoom(f)
	code := offerCode(f, h, auth, q)
	for _, seed := range []string{
		`{"code":"` + h.Code() + `","pairing":"` + code + `","name":"Maria"}`,
		`{"code":"` + strings.ToLower(h.Code()) + `","pairing":"` + strings.ToLower(code) + `","name":" Maria "}`,
		`{"code":"` + h.Code() + `","pairing":"ZZZZZZ","name":"Maria"}`,
		`{"code":"ZZZZZZ","pairing":"` + code + `","name":"Maria"}`,
		`{"code":"` + h.Code() + `","pairing":"","name":""}`,
		`{"code":"` + h.Code() + `","pairing":"` + code + `","name":"` + strings.Repeat("\\u0000", 50) + `"}`,
		`{"code":null,"pairing":[1],"name":{}}`,
		`{"code":"A","pairing":"B","name":"C","token":"x"}`,
		`{"code":"A"}{"code":"B"}`,
		"\xff\xfe{",
		``,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		// every input gets its own attempts
		rates := workshop.JoinRates{Burst: 10000, PerMinute: 10000, SourceBurst: 10000, SourcePerMinute: 10000}
		h.gate, h.pairs.gate = workshop.NewJoinGate(rates), workshop.NewJoinGate(rates)
		rec := serveRecorded(h, http.MethodPost, "/v1/manager/join", "", body)
		checkAnswer(t, rec, body)
		if rec.Code == http.StatusOK {
			var resp struct {
				Token   string          `json:"token"`
				Request json.RawMessage `json:"request"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || resp.Token == "" || !strings.Contains(string(resp.Request), q.ID) {
				t.Fatalf("body %q: paired without a token or Ana's request: %s", body, rec.Body)
			}
		}
	})
}

func FuzzManagerResponse(f *testing.F) {
	h, auth, q := fuzzManagersRoom(f)
	code := offerCode(f, h, auth, q)
	rec := serveRecorded(h, http.MethodPost, "/v1/manager/join", "",
		[]byte(`{"code":"`+h.Code()+`","pairing":"`+code+`","name":"Maria"}`))
	var joined struct {
		Token string `json:"token"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &joined); err != nil || joined.Token == "" {
		f.Fatalf("pairing: %d %s", rec.Code, rec.Body)
	}
	r := manager.NewResponse(q, q.Created)
	r.Manager = "Maria"
	r.Expectations[q.Statements[0].ID] = 4
	good := mustJSON(f, r)
	other := manager.NewResponse(&manager.Request{ID: "7f1c6a52-5d3c-4f7e-9a53-2b1f1d6e0a11", AnswersID: q.AnswersID}, q.Created)
	for _, seed := range []string{
		good,
		mustJSON(f, other),
		strings.Replace(good, `:4}`, `:9}`, 1),
		strings.Replace(good, `"leadshift.manager-response"`, `"leadshift.manager-request"`, 1),
		`{"format":"leadshift.manager-response","version":1}`,
		`{"format":"leadshift.manager-response","version":1,"answers":[{"id":"a"},{"id":"a"}]}`,
		`{"skills":{"x":{"needed":-1}}}`,
		`null`,
		`{}`,
		``,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := serveRecorded(h, http.MethodPut, "/v1/manager/response", "Bearer "+joined.Token, body)
		checkAnswer(t, rec, body)
		if held := h.pairs.status(h.Members()[0].ID).Response; held != nil && held.RequestID != q.ID {
			t.Fatalf("body %q: Ana now holds answers to request %s, not hers", body, held.RequestID)
		}
	})
}
