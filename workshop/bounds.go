package workshop

import (
	"cmp"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Bounds on every part of an answers document, whatever its fields (those
// added later included), sized from what one person can enter in a
// workshop day: typing all day at 40 words a minute makes about 115,000
// characters, and a plan holds a few dozen entries per list. They keep a
// document within the 4 MB a file may have from holding a million tiny
// entries, which would cost the host seconds to check and megabytes to
// keep, and the facilitator's print pack thousands of pages.
const (
	// MaxEntriesPerList is the most entries any one list may have (plan
	// strengths, reviews, obstacles, a focus area's actions, ...), but
	// those of listBounds. A plan with every list full prints
	// on about 25 pages, 54 with every delegation row too (docs/formats.md).
	MaxEntriesPerList = 30
	// MaxEntriesPerMap is the most entries any one map may have (ratings,
	// reflections, the ratings kept in history, ...); a content pack has
	// far fewer items.
	MaxEntriesPerMap = 1000
	// MaxKey is the most characters a map's key (an item ID) may have.
	MaxKey = 100
	// MaxAllText is the most characters all the texts of a document may
	// have together; each one text has at most MaxText.
	MaxAllText = 120_000
	// MaxCheckIns is the most check-ins the progress log keeps: one a
	// week for almost two years.
	MaxCheckIns = 100
	// MaxCheckInText is the most characters the check-ins' texts may have
	// together, counted apart from MaxAllText: each keeps its focus areas'
	// titles and actions' texts as they were, about 4,000 characters.
	MaxCheckInText = 400_000
)

// listBounds are the lists bounded otherwise than by MaxEntriesPerList.
var listBounds = map[string]int{
	"delegations":      MaxRows,          // the delegation map's rows
	"history.reasked":  MaxEntriesPerMap, // IDs of the pack's items, each at most once
	"participant.team": MaxTeamNames,     // the team's first names
	"checkIns":         MaxCheckIns,      // the progress log
}

// checkBounds reports the first part of v, a decoded document, that is
// past a bound: a *FieldError naming it by its JSON path.
func checkBounds(v any) error {
	var b bounds
	return b.walk(reflect.ValueOf(v), "")
}

// bounds counts the text of a document as checkBounds walks it: the
// check-ins' apart from the rest.
type bounds struct{ text, checkInText int }

// walk checks v, found at path, and everything in it.
func (b *bounds) walk(v reflect.Value, path string) error {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return b.walk(v.Elem(), path)
	case reflect.Struct:
		return b.fields(v, path)
	case reflect.Slice, reflect.Array:
		most := MaxEntriesPerList
		if n, ok := listBounds[path]; ok {
			most = n
		}
		if v.Len() > most {
			return &FieldError{Field: path, Problem: fmt.Sprintf("has %d entries, at most %d are allowed", v.Len(), most)}
		}
		for i := range v.Len() {
			if err := b.walk(v.Index(i), path+"["+strconv.Itoa(i)+"]"); err != nil {
				return err
			}
		}
	case reflect.Map:
		if v.Len() > MaxEntriesPerMap {
			return &FieldError{Field: path, Problem: fmt.Sprintf("has %d entries, at most %d are allowed", v.Len(), MaxEntriesPerMap)}
		}
		for it := v.MapRange(); it.Next(); {
			key := fmt.Sprint(it.Key().Interface())
			if utf8.RuneCountInString(key) > MaxKey {
				return &FieldError{Field: path, Problem: fmt.Sprintf("has a key longer than %d characters", MaxKey)}
			}
			if err := b.walk(it.Value(), subPath(path, key)); err != nil {
				return err
			}
		}
	case reflect.String:
		n := utf8.RuneCountInString(v.String())
		if n > MaxText {
			return &FieldError{Field: path, Problem: fmt.Sprintf("is longer than %d characters", MaxText)}
		}
		if strings.HasPrefix(path, "checkIns[") {
			if b.checkInText += n; b.checkInText > MaxCheckInText {
				return &FieldError{Field: path, Problem: fmt.Sprintf("brings the check-ins' texts past %d characters in all", MaxCheckInText)}
			}
			return nil
		}
		if b.text += n; b.text > MaxAllText {
			return &FieldError{Field: path, Problem: fmt.Sprintf("brings the document's texts past %d characters in all", MaxAllText)}
		}
	}
	return nil
}

// fields walks the exported fields of the struct v under their JSON
// names; an embedded struct's fields are its own.
func (b *bounds) fields(v reflect.Value, path string) error {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		sub := path
		if !f.Anonymous || name != "" {
			sub = subPath(path, cmp.Or(name, f.Name))
		}
		if err := b.walk(v.Field(i), sub); err != nil {
			return err
		}
	}
	return nil
}

// subPath is the path of name inside path.
func subPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// MaxEntries is the most entries (list elements and object members) all
// of a document's lists and objects may have together, counted before it
// is decoded; a full day's document has a few thousand.
const MaxEntries = 50_000

// CheckShape looks at data, an answers document as received, before it is
// decoded: no list or object may have more than MaxEntriesPerMap entries,
// and all of them together no more than MaxEntries. Decoding a document
// of a million tiny entries would cost the host far more memory than its
// bytes; this costs one pass over them and no memory. Data that is not
// JSON passes, for the decoder to name its problem. A refusal is a
// *FieldError naming the part by its keys.
func CheckShape(data []byte) error {
	type level struct {
		key    string // the key of this list or object in its parent object
		commas int    // one fewer than its entries
		object bool
	}
	var stack []level
	shapePath := func() string {
		keys := make([]string, 0, len(stack))
		for _, l := range stack[1:] {
			keys = append(keys, l.key)
		}
		return strings.Join(keys, ".")
	}
	var lastString []byte // an object's key when a value follows
	total := 0
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '"':
			j := i + 1
			for ; j < len(data) && data[j] != '"'; j++ {
				if data[j] == '\\' {
					j++
				}
			}
			if j >= len(data) {
				return nil
			}
			lastString, i = data[i+1:j], j
		case '[', '{':
			key := ""
			if len(stack) > 0 && stack[len(stack)-1].object {
				key = string(lastString)
			}
			stack = append(stack, level{key: key, object: c == '{'})
		case ']', '}':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case ',':
			if len(stack) == 0 {
				continue
			}
			top := &stack[len(stack)-1]
			top.commas++
			total++
			switch {
			case top.commas >= MaxEntriesPerMap:
				return &FieldError{Field: shapePath(), Problem: fmt.Sprintf("has more than %d entries", MaxEntriesPerMap)}
			case total > MaxEntries:
				return &FieldError{Field: shapePath(), Problem: fmt.Sprintf("brings the document past %d entries in all", MaxEntries)}
			}
		}
	}
	return nil
}
