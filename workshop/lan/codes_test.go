package lan

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
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
	seen := map[string]bool{}
	for _, w := range fingerprintWords {
		if w == "" || seen[w] || len(w) > 7 || strings.ToLower(w) != w || strings.ContainsAny(w, "- ") {
			t.Errorf("word %q: empty, repeated, long or not plain lower case", w)
		}
		seen[w] = true
	}
	a, b := FingerprintPhrase([]byte("certificate A")), FingerprintPhrase([]byte("certificate B"))
	if a != FingerprintPhrase([]byte("certificate A")) || a == b {
		t.Errorf("phrases %q and %q: not deterministic or not distinct", a, b)
	}
	if !isFingerprintPhrase(a) || isFingerprintPhrase("amber-falcon-river") || isFingerprintPhrase("amber-falcon-river-xylophone") {
		t.Errorf("isFingerprintPhrase wrong for %q", a)
	}
	if got := normalizePhrase(" Amber Falcon, river-SEVEN "); got != "amber-falcon-river-seven" {
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
