package document

import "golang.org/x/text/encoding/charmap"

// encodeWindows1256 encodes s in windows-1256 for charset tests.
func encodeWindows1256(s string) ([]byte, error) {
	return charmap.Windows1256.NewEncoder().Bytes([]byte(s))
}

// encodeISO88596 encodes s in ISO-8859-6 for charset tests.
func encodeISO88596(s string) ([]byte, error) {
	return charmap.ISO8859_6.NewEncoder().Bytes([]byte(s))
}
