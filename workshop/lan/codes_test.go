package lan

import (
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"hash/crc32"
	"net"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestJoinCode(t *testing.T) {
	valid := regexp.MustCompile(`^[` + CodeAlphabet + `]{6}$`)
	seen := map[string]bool{}
	for range 1000 {
		code := NewJoinCode()
		if !valid.MatchString(code) {
			t.Fatalf("code %q is not 6 characters of the alphabet", code)
		}
		seen[code] = true
	}
	if len(seen) < 990 {
		t.Errorf("1000 codes, only %d distinct", len(seen))
	}
	if strings.ContainsAny(CodeAlphabet, "0O1IL") {
		t.Error("the alphabet has look-alike characters")
	}
	for in, want := range map[string]string{"abc def": "ABCDEF", "ab-cd-ef": "ABCDEF", " Q7K 2MX ": "Q7K2MX", "\tq7k-2mx": "Q7K2MX"} {
		if got := NormalizeCode(in); got != want {
			t.Errorf("NormalizeCode(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFingerprintPhrase(t *testing.T) {
	// The embedded list is BIP-39's English list, checked as its
	// maintainers publish it (CRC-32 c1dbd296).
	if sum := crc32.ChecksumIEEE([]byte(bip39English)); sum != 0xc1dbd296 || len(fingerprintWords) != 2048 {
		t.Fatalf("word list: CRC-32 %x, %d words; want BIP-39 English, c1dbd296, 2048", sum, len(fingerprintWords))
	}
	seen := map[string]bool{}
	for _, w := range fingerprintWords {
		if w == "" || seen[w] || len(w) > 8 || strings.ToLower(w) != w || strings.ContainsAny(w, "- ") {
			t.Errorf("word %q: empty, repeated, long or not plain lower case", w)
		}
		seen[w] = true
	}
	if PhraseBits < 64 {
		t.Errorf("a phrase carries %d bits, want at least 64", PhraseBits)
	}
	a, b := FingerprintPhrase([]byte("certificate A")), FingerprintPhrase([]byte("certificate B"))
	if a != FingerprintPhrase([]byte("certificate A")) || a == b || strings.Count(a, "-") != PhraseWords-1 {
		t.Errorf("phrases %q and %q: not deterministic, not distinct or not six words", a, b)
	}
	if !isFingerprintPhrase(a) || isFingerprintPhrase("abandon-ability-able-about") || isFingerprintPhrase("abandon-ability-able-about-above-xylophonex") {
		t.Errorf("isFingerprintPhrase wrong for %q", a)
	}
	// The words are the hash's first 66 bits, 11 bits each, in order.
	sum := sha256.Sum256([]byte("certificate A"))
	first := int(sum[0])<<3 | int(sum[1]>>5)
	if w := strings.Split(a, "-")[0]; fingerprintIndex[w] != first {
		t.Errorf("first word %q is %d, want the hash's first 11 bits %d", w, fingerprintIndex[w], first)
	}
	sixth := (int(sum[6])&0x01)<<10 | int(sum[7])<<2 | int(sum[8]>>6)
	if w := strings.Split(a, "-")[5]; fingerprintIndex[w] != sixth {
		t.Errorf("sixth word %q is %d, want bits 55 to 65 of the hash, %d", w, fingerprintIndex[w], sixth)
	}
	if got := normalizePhrase(" River Cabin, frost-MANGO "); got != "river-cabin-frost-mango" {
		t.Errorf("normalizePhrase = %q", got)
	}
}

func TestToken(t *testing.T) {
	tok := NewToken()
	raw, err := base64.RawURLEncoding.DecodeString(tok)
	if err != nil || len(raw) != 32 {
		t.Fatalf("token %q: %d bytes, %v", tok, len(raw), err)
	}
	if NewToken() == tok {
		t.Error("two tokens are equal")
	}
	if h := HashToken(tok); len(h) != 32 || string(h) != string(HashToken(tok)) || string(h) == string(HashToken(NewToken())) {
		t.Error("HashToken is not a deterministic 32-byte hash")
	}
}

func TestCertificate(t *testing.T) {
	certPEM, keyPEM, err := NewCertificate()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tls.X509KeyPair(certPEM, keyPEM); err != nil {
		t.Fatalf("certificate and key do not match: %v", err)
	}
	block, _ := pem.Decode(certPEM)
	cert, err := x509.ParseCertificate(block.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	if cert.Subject.CommonName != "LeadShift workshop" || cert.PublicKeyAlgorithm != x509.ECDSA {
		t.Errorf("subject %q, key %v", cert.Subject.CommonName, cert.PublicKeyAlgorithm)
	}
	if err := cert.VerifyHostname("localhost"); err != nil {
		t.Error(err)
	}
	for _, ip := range []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback} {
		if err := cert.VerifyHostname(ip.String()); err != nil {
			t.Error(err)
		}
	}
	if life := time.Until(cert.NotAfter); life < 364*24*time.Hour || life > 366*24*time.Hour {
		t.Errorf("valid for %v, want a year", life)
	}
}
