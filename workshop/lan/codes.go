package lan

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"strings"
)

// CodeAlphabet holds the characters of a join code: upper-case letters and
// digits without the look-alikes 0/O and 1/I/L, so a code read off a
// projector is typed right the first time.
const CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// CodeLength is the number of characters in a join code.
const CodeLength = 6

// NewJoinCode returns a random join code of CodeLength characters from
// CodeAlphabet.
func NewJoinCode() string {
	// Rejection sampling keeps every character equally likely: bytes at or
	// above the largest multiple of len(CodeAlphabet) are drawn again.
	const limit = 256 - 256%len(CodeAlphabet)
	code := make([]byte, 0, CodeLength)
	buf := make([]byte, 2*CodeLength)
	for len(code) < CodeLength {
		rand.Read(buf)
		for _, b := range buf {
			if int(b) < limit && len(code) < CodeLength {
				code = append(code, CodeAlphabet[int(b)%len(CodeAlphabet)])
			}
		}
	}
	return string(code)
}

// NormalizeCode turns a join code as typed into its canonical form:
// upper-case, without spaces and dashes.
func NormalizeCode(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', '\t':
			return -1
		}
		return r
	}, strings.ToUpper(s))
}

// FingerprintPhrase names a certificate by four words chosen by the first
// four bytes of the SHA-256 of its DER encoding, for example
// "amber-falcon-river-seven". The facilitator's screen shows it; a
// participant compares it with their own to be sure they joined the room
// in front of them.
func FingerprintPhrase(certDER []byte) string {
	sum := sha256.Sum256(certDER)
	words := make([]string, 4)
	for i := range words {
		words[i] = fingerprintWords[sum[i]]
	}
	return strings.Join(words, "-")
}

// normalizePhrase lets a phrase typed by a person match: lower-case, with
// words separated by single dashes whatever separators were typed.
func normalizePhrase(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == '-' || r == ' ' || r == '\t' || r == ','
	}), "-")
}

// isFingerprintPhrase reports whether s is four words of the list joined
// by dashes.
func isFingerprintPhrase(s string) bool {
	words := strings.Split(s, "-")
	if len(words) != 4 {
		return false
	}
	for _, w := range words {
		if !fingerprintIndex[w] {
			return false
		}
	}
	return true
}

// NewToken returns a new participant token: 32 random bytes, base64url
// without padding.
func NewToken() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// HashToken is the SHA-256 of a token: the host stores and looks up only
// this hash, never the token itself.
func HashToken(token string) []byte {
	sum := sha256.Sum256([]byte(token))
	return sum[:]
}

// fingerprintWords are the 256 words of a fingerprint phrase, one for each
// byte value: short, distinct and easy to read aloud.
var fingerprintWords = [256]string{
	"acorn", "amber", "anchor", "ant", "apple", "arrow", "badge", "baker",
	"banjo", "basil", "beach", "bear", "bee", "bell", "berry", "bird",
	"bison", "blue", "boat", "bold", "book", "bread", "breeze", "brick",
	"bridge", "brook", "brush", "bubble", "bucket", "button", "cabin",
	"cactus", "cake", "camel", "candle", "candy", "canoe", "canyon", "carrot",
	"castle", "cedar", "chair", "chalk", "cherry", "chess", "clay", "clock",
	"cloud", "clover", "coast", "cocoa", "coin", "comet", "copper", "coral",
	"corn", "cotton", "crab", "crane", "crown", "cup", "daisy", "deer",
	"desert", "dice", "dove", "dragon", "drum", "duck", "dune", "eagle",
	"echo", "elk", "engine", "falcon", "fern", "field", "fig", "flag",
	"flute", "forest", "fox", "frog", "frost", "garden", "garnet", "gecko",
	"ginger", "glove", "goat", "gold", "goose", "grape", "grass", "green",
	"guitar", "hammer", "harbor", "harp", "hawk", "hazel", "helmet", "heron",
	"hill", "honey", "horse", "igloo", "ink", "iris", "island", "ivory",
	"ivy", "jacket", "jade", "jam", "jelly", "jewel", "juice", "jungle",
	"kettle", "key", "kite", "kiwi", "koala", "ladder", "lake", "lamb",
	"lamp", "lantern", "lemon", "lily", "lime", "lion", "llama", "lotus",
	"magnet", "mango", "maple", "marble", "meadow", "melon", "meteor", "mint",
	"mirror", "mitten", "mole", "moon", "moose", "moss", "mouse", "nectar",
	"needle", "nest", "noodle", "nut", "oak", "oasis", "ocean", "olive",
	"onion", "opal", "orange", "orbit", "otter", "owl", "paddle", "panda",
	"paper", "parrot", "pasta", "peach", "pear", "pebble", "pencil", "pepper",
	"piano", "pigeon", "pillow", "pine", "planet", "plum", "pony", "potato",
	"puffin", "pumpkin", "puzzle", "quartz", "quilt", "rabbit", "radio",
	"rain", "rainbow", "raven", "reef", "ribbon", "rice", "river", "robin",
	"rocket", "rose", "ruby", "saddle", "sail", "salmon", "sand", "scarf",
	"seal", "seven", "shark", "sheep", "shell", "silver", "snail", "snow",
	"sparrow", "spoon", "star", "stone", "storm", "sugar", "summer", "sun",
	"swan", "table", "tea", "tent", "thunder", "tiger", "toast", "tomato",
	"torch", "tower", "train", "trout", "tulip", "tunnel", "turtle", "valley",
	"velvet", "violet", "violin", "wagon", "walnut", "whale", "wheat",
	"wheel", "willow", "window", "winter", "wolf", "yacht", "yak", "yarn",
	"yellow", "zebra", "zinc",
}

// fingerprintIndex holds every word of fingerprintWords.
var fingerprintIndex = func() map[string]bool {
	m := make(map[string]bool, len(fingerprintWords))
	for _, w := range fingerprintWords {
		m[w] = true
	}
	return m
}()
