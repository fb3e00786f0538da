package fhir

import (
	"bytes"
	"encoding/json"
	"errors"
)

var errSyntax = errors.New("fhir: a resource must be a JSON object")

// resourceTypeOf returns the value of the top-level "resourceType" key of the
// JSON object b, reading only as far as that key (this package writes it
// first), or "" if the object has none. The values it skips are not checked;
// the full decode that follows does that.
func resourceTypeOf(b []byte) (string, error) {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return "", errSyntax
	}
	i++
	for {
		i = skipSpace(b, i)
		if i < len(b) && b[i] == '}' {
			return "", nil
		}
		key, j, err := readString(b, i)
		if err != nil {
			return "", err
		}
		i = skipSpace(b, j)
		if i >= len(b) || b[i] != ':' {
			return "", errSyntax
		}
		i = skipSpace(b, i+1)
		if key == "resourceType" {
			v, _, err := readString(b, i)
			return v, err
		}
		if i, err = skipValue(b, i); err != nil {
			return "", err
		}
		i = skipSpace(b, i)
		switch {
		case i < len(b) && b[i] == ',':
			i++
		case i < len(b) && b[i] == '}':
			return "", nil
		default:
			return "", errSyntax
		}
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the index just past the JSON string starting at b[i].
func stringEnd(b []byte, i int) (int, error) {
	if i >= len(b) || b[i] != '"' {
		return 0, errSyntax
	}
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1, nil
		}
	}
	return 0, errSyntax
}

// readString decodes the JSON string starting at b[i] and returns it and the
// index just past it.
func readString(b []byte, i int) (string, int, error) {
	end, err := stringEnd(b, i)
	if err != nil {
		return "", 0, err
	}
	raw := b[i:end]
	if bytes.IndexByte(raw, '\\') < 0 {
		return string(raw[1 : len(raw)-1]), end, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", 0, err
	}
	return s, end, nil
}

// skipValue returns the index just past the JSON value starting at b[i].
func skipValue(b []byte, i int) (int, error) {
	if i >= len(b) {
		return 0, errSyntax
	}
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for i < len(b) {
			switch b[i] {
			case '"':
				end, err := stringEnd(b, i)
				if err != nil {
					return 0, err
				}
				i = end
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1, nil
				}
			}
			i++
		}
		return 0, errSyntax
	}
	for i < len(b) && !bytes.ContainsRune([]byte(",}] \t\r\n"), rune(b[i])) {
		i++
	}
	return i, nil
}
