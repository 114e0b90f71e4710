package manager

import (
	"bytes"
	"testing"
)

// FuzzDecodeRequest: whatever decodes can be answered and re-encoded.
func FuzzDecodeRequest(f *testing.F) {
	c := pack(f)
	q, _ := NewRequest(c, answered(c), Include{SkillRatings: true, ExpectationAnswers: true}, day)
	f.Add(encodeRequest(f, q))
	f.Add([]byte(`{"format":"leadshift.manager-request","version":1,"statements":[{}]}`))
	f.Add([]byte(`{"format":"leadshift.manager-request"`))
	f.Fuzz(func(t *testing.T, data []byte) {
		q, err := DecodeRequest(bytes.NewReader(data))
		if err != nil {
			return
		}
		r := NewResponse(q, day)
		if _, err := DecodeResponse(bytes.NewReader(encodeResponse(t, r))); err != nil {
			t.Fatalf("a response to a decoded request does not decode: %v", err)
		}
		if _, err := DecodeRequest(bytes.NewReader(encodeRequest(t, q))); err != nil {
			t.Fatalf("re-encoded request does not decode: %v", err)
		}
	})
}

// FuzzDecodeResponse: whatever decodes can be applied and re-encoded.
func FuzzDecodeResponse(f *testing.F) {
	c := pack(f)
	a := answered(c)
	q, _ := NewRequest(c, a, Include{}, day)
	f.Add(encodeResponse(f, answeredResponse(q)))
	f.Add([]byte(`{"format":"leadshift.manager-response","version":1,"skills":{"x":{"needed":9}}}`))
	f.Add([]byte(`{"format":"leadshift.manager-response","version":1,"answers":[{"id":""}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeResponse(bytes.NewReader(data))
		if err != nil {
			return
		}
		if _, err := Apply(a, nil, r, false); err != nil && r.AnswersID == a.ID && (r.ContentID == "" || r.ContentID == a.ContentID) {
			t.Fatalf("a bound response was refused: %v", err)
		}
		Compare(c, a, r)
		if _, err := DecodeResponse(bytes.NewReader(encodeResponse(t, r))); err != nil {
			t.Fatalf("re-encoded response does not decode: %v", err)
		}
	})
}
