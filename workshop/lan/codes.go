package lan

import (
	"crypto/rand"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"strings"
)

// CodeAlphabet holds the characters of a join code: upper-case letters and
// digits without the look-alikes 0/O and 1/I/L, so a code read off a
// projector is typed right the first time.
const CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// CodeLength is the number of characters in a join code.
const CodeLength = 6

// GuardCodeLength is the number of characters in a guard code: the join
// code and four more, about 50 bits (workshop.JoinGate.SetGuardCode).
const GuardCodeLength = CodeLength + 4

// NewJoinCode returns a random join code of CodeLength characters from
// CodeAlphabet.
func NewJoinCode() string { return randomCode(CodeLength) }

// NewGuardCode returns a guard code for the room whose join code is code:
// code followed by GuardCodeLength-CodeLength random characters from
// CodeAlphabet, so a person reads the code they know and four more.
func NewGuardCode(code string) string { return code + randomCode(GuardCodeLength-CodeLength) }

// ShowCode is a code as the facilitator's screens show it: a guard code
// as its join code, a space and the four characters more; a join code as
// it is. Participants may type it with or without the space.
func ShowCode(code string) string {
	if len(code) > CodeLength {
		return code[:CodeLength] + " " + code[CodeLength:]
	}
	return code
}

// randomCode is n characters drawn at random from CodeAlphabet.
func randomCode(n int) string {
	// Rejection sampling keeps every character equally likely: bytes at or
	// above the largest multiple of len(CodeAlphabet) are drawn again.
	const limit = 256 - 256%len(CodeAlphabet)
	code := make([]byte, 0, n)
	buf := make([]byte, 2*n)
	for len(code) < n {
		rand.Read(buf)
		for _, b := range buf {
			if int(b) < limit && len(code) < n {
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

// PhraseWords is the number of words in a fingerprint phrase, and
// PhraseBits the bits of the certificate's SHA-256 they carry: 11 bits a
// word, from the 2048 words of the BIP-39 English list.
const (
	PhraseWords = 6
	PhraseBits  = 11 * PhraseWords
)

// FingerprintPhrase names a certificate by six words chosen by the first
// 66 bits of the SHA-256 of its DER encoding, for example
// "river-cabin-frost-mango-tiger-unveil". The facilitator's screen shows
// it; a participant compares it with their own before anything is sent,
// to be sure they are joining the room in front of them. Forging a
// certificate with a given phrase takes about 2^66 SHA-256 computations
// (docs/protocol.md, Security).
func FingerprintPhrase(certDER []byte) string {
	sum := sha256.Sum256(certDER)
	words := make([]string, PhraseWords)
	for i := range words {
		words[i] = fingerprintWords[bitsAt(sum[:], 11*i, 11)]
	}
	return strings.Join(words, "-")
}

// bitsAt is the n bits of b from bit off on (the first bit is the top bit
// of b[0]), as a number.
func bitsAt(b []byte, off, n int) int {
	v := 0
	for k := off; k < off+n; k++ {
		v = v<<1 | int(b[k/8]>>(7-k%8)&1)
	}
	return v
}

// normalizePhrase lets a phrase typed by a person match: lower-case, with
// words separated by single dashes whatever separators were typed.
func normalizePhrase(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == '-' || r == ' ' || r == '\t' || r == ','
	}), "-")
}

// isFingerprintPhrase reports whether s is PhraseWords words of the list
// joined by dashes.
func isFingerprintPhrase(s string) bool {
	words := strings.Split(s, "-")
	if len(words) != PhraseWords {
		return false
	}
	for _, w := range words {
		if _, ok := fingerprintIndex[w]; !ok {
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

// bip39English is the BIP-39 English word list (github.com/bitcoin/bips,
// bip-0039/english.txt, SHA-256 2f5eed53…3b24dbda): 2048 words, each
// told apart by its first four letters.
//
//go:embed bip39-english.txt
var bip39English string

// fingerprintWords are the 2048 words of a fingerprint phrase, one for
// each 11-bit value.
var fingerprintWords = strings.Fields(bip39English)

// fingerprintIndex maps each word of fingerprintWords to its value.
var fingerprintIndex = func() map[string]int {
	m := make(map[string]int, len(fingerprintWords))
	for i, w := range fingerprintWords {
		m[w] = i
	}
	return m
}()
