package strictjson

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	type pair struct {
		A int    `json:"a"`
		B string `json:"b"`
	}
	for _, tc := range []struct {
		name, in string
		check    func(error) bool
	}{
		{"valid", `{"a":1,"b":"x"}`, func(err error) bool { return err == nil }},
		{"valid with a trailing newline", "{\"a\":1}\n", func(err error) bool { return err == nil }},
		{"unknown field", `{"a":1,"c":2}`, func(err error) bool { return err != nil && strings.Contains(err.Error(), `unknown field "c"`) }},
		{"trailing object", `{"a":1}{"a":2}`, func(err error) bool { return errors.Is(err, ErrTrailing) }},
		{"trailing garbage", `{"a":1} x`, func(err error) bool { return errors.Is(err, ErrTrailing) }},
		{"trailing bracket", `{"a":1}]`, func(err error) bool { return errors.Is(err, ErrTrailing) }},
		{"empty", ``, func(err error) bool { return errors.Is(err, io.EOF) }},
		{"wrong type", `{"a":"one"}`, func(err error) bool {
			var typ *json.UnmarshalTypeError
			return errors.As(err, &typ) && typ.Field == "a"
		}},
		{"too large", `{"b":"` + strings.Repeat("x", 100) + `"}`, func(err error) bool { var big *TooLargeError; return errors.As(err, &big) && big.Limit == 64 }},
	} {
		var p pair
		if err := Decode(strings.NewReader(tc.in), 64, &p); !tc.check(err) {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}
