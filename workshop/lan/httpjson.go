package lan

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/strictjson"
)

// smallBody is the largest body accepted by every endpoint but answers.
const smallBody = 64 << 10

// httpError is a failed request: the status and the sentence the client
// sees. err, when set, is the cause, logged but not shown.
type httpError struct {
	status int
	reason string // names the refusal where its status is shared (roomerrors.go)
	msg    string
	err    error
}

// Error is the sentence the client sees.
func (e *httpError) Error() string { return e.msg }

// fail returns an error answered with status and a sentence.
func fail(status int, format string, args ...any) error {
	return &httpError{status: status, msg: fmt.Sprintf(format, args...)}
}

// internalError is a 500 for a failure of the host itself while doing
// something (a store write, say); the cause is logged.
func internalError(doing string, err error) error {
	return &httpError{status: http.StatusInternalServerError, msg: "the host could not " + doing + "; please try again", err: err}
}

// handlerFunc is an endpoint: it writes its answer, or returns an error
// for the router to answer.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// router dispatches by path, then by method, and answers every failure
// with a JSON error.
type router struct {
	routes map[string]map[string]handlerFunc
	log    *slog.Logger
}

// ServeHTTP answers one request.
func (rt router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer rt.recoverPanic(w, r)
	methods, ok := rt.routes[r.URL.Path]
	if !ok {
		rt.writeError(w, r, fail(http.StatusNotFound, "there is no %s in protocol version %d", r.URL.Path, ProtocolVersion))
		return
	}
	h, ok := methods[r.Method]
	if !ok {
		allowed := slices.Sorted(maps.Keys(methods))
		w.Header().Set("Allow", strings.Join(allowed, ", "))
		rt.writeError(w, r, fail(http.StatusMethodNotAllowed, "%s takes %s, not %s", r.URL.Path, strings.Join(allowed, " or "), r.Method))
		return
	}
	if err := h(w, r); err != nil {
		rt.writeError(w, r, err)
	}
}

// recoverPanic is the last resort: a panic in a handler is logged and
// answered with a 500, never allowed to take the host down.
func (rt router) recoverPanic(w http.ResponseWriter, r *http.Request) {
	v := recover()
	if v == nil {
		return
	}
	if v == http.ErrAbortHandler {
		panic(v)
	}
	rt.log.Error("panic while serving a request", "method", r.Method, "path", r.URL.Path, "panic", v)
	writeJSON(w, http.StatusInternalServerError, errorResponse{Error: "the host failed while answering this request"})
}

// writeError answers a request with err as a JSON error: a refusal of
// the room with the status roomerrors.go maps it to, and a Retry-After
// header when it says when to try again.
func (rt router) writeError(w http.ResponseWriter, r *http.Request, err error) {
	var he *httpError
	var refused *workshop.RoomError
	if errors.As(err, &refused) {
		status, reason := statusOf(route{r.Method, r.URL.Path}, refused.Kind)
		if refused.RetryAfter > 0 {
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(refused.RetryAfter.Seconds()))))
		}
		he = &httpError{status: status, reason: reason, msg: refused.Message}
	} else if !errors.As(err, &he) {
		he = &httpError{status: http.StatusInternalServerError, msg: "the host failed while answering this request", err: err}
	}
	if he.err != nil {
		rt.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "status", he.status, "err", he.err)
	}
	writeJSON(w, he.status, errorResponse{Error: he.msg, Reason: he.reason})
}

// writeJSON answers with v as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		status, body = http.StatusInternalServerError, []byte(`{"error":"the host could not encode its answer"}`)
	}
	writeRawJSON(w, status, body)
}

// writeRawJSON answers with a body that is already JSON.
func writeRawJSON(w http.ResponseWriter, status int, body []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(body)
	w.Write([]byte("\n"))
}

// decodeJSON reads the request body, at most limit bytes, as exactly one
// JSON object with no unknown fields into v. Its errors name the problem.
func decodeJSON(w http.ResponseWriter, r *http.Request, limit int64, v any) error {
	body, err := readBody(w, r, limit)
	if err != nil {
		return err
	}
	return unmarshalBody(body, v)
}

// bodyStart is the buffer a request body is first read into; it grows as
// more arrives.
const bodyStart = 8 << 10

// readBody reads the request body, at most limit bytes. Its buffer grows
// as the bytes arrive, never ahead of them by more than what has come
// (and never past the length the client announced), so a body announced
// and never sent costs the host nothing.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	announced := r.ContentLength // -1 when unknown
	if announced > limit {
		// Refused before a byte is read, and the connection closed after
		// the answer: net/http would otherwise wait for the body, to skip
		// it, until the read deadline.
		w.Header().Set("Connection", "close")
		http.NewResponseController(w).SetReadDeadline(time.Now())
		return nil, bodyError(&http.MaxBytesError{Limit: limit})
	}
	body := http.MaxBytesReader(w, r.Body, limit)
	data := make([]byte, 0, bodyStart)
	if announced >= 0 && announced < bodyStart {
		data = make([]byte, 0, announced+1) // room to read io.EOF without growing
	}
	for {
		if len(data) == cap(data) {
			more := len(data)
			if rest := announced + 1 - int64(len(data)); rest > 0 && rest < int64(more) {
				more = int(rest)
			}
			data = append(make([]byte, 0, len(data)+more), data...)
		}
		n, err := body.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if errors.Is(err, io.EOF) {
			return data, nil
		}
		if err != nil {
			return nil, bodyError(err)
		}
	}
}

// unmarshalBody decodes a body read by readBody as exactly one JSON object
// with no unknown fields into v. Its errors name the problem.
func unmarshalBody(body []byte, v any) error {
	if err := strictjson.Unmarshal(body, v); err != nil {
		return bodyError(err)
	}
	return nil
}

// bodyError turns a decoding error into an answer that names the problem.
func bodyError(err error) error {
	var tooBig *http.MaxBytesError
	var tooLarge *strictjson.TooLargeError
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &tooBig):
		return fail(http.StatusRequestEntityTooLarge, "the request body is larger than %d bytes", tooBig.Limit)
	case errors.As(err, &tooLarge):
		return fail(http.StatusRequestEntityTooLarge, "the request body is larger than %d bytes", tooLarge.Limit)
	case errors.Is(err, strictjson.ErrTrailing):
		return fail(http.StatusBadRequest, "the request body has more data after the JSON object")
	case errors.Is(err, io.EOF):
		return fail(http.StatusBadRequest, "the request body is empty: it must be a JSON object")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fail(http.StatusBadRequest, "the request body ends in the middle of its JSON")
	case errors.As(err, &syntax):
		return fail(http.StatusBadRequest, "the request body is not valid JSON at byte %d: %v", syntax.Offset, syntax)
	case errors.As(err, &typ) && typ.Field == "":
		return fail(http.StatusBadRequest, "the request body must be a JSON object, not %s", typ.Value)
	case errors.As(err, &typ):
		return fail(http.StatusBadRequest, "field %q must be %s, not %s", typ.Field, jsonKind(typ.Type.Kind().String()), typ.Value)
	}
	if field, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return fail(http.StatusBadRequest, "the request has an unknown field %s", field)
	}
	return fail(http.StatusBadRequest, "the request body is not valid: %v", err)
}

// jsonKind names a Go kind the way a JSON author thinks of it.
func jsonKind(kind string) string {
	switch {
	case kind == "bool":
		return "true or false"
	case kind == "string":
		return "a string"
	case strings.HasPrefix(kind, "int"), strings.HasPrefix(kind, "uint"), strings.HasPrefix(kind, "float"):
		return "a number"
	case kind == "slice" || kind == "array":
		return "an array"
	}
	return "an object"
}
