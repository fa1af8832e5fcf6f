package password

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed common.txt
var commonList string

var common = sync.OnceValue(func() map[string]struct{} {
	m := make(map[string]struct{}, 4096)
	for _, line := range strings.Split(commonList, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		// Store both spellings, so that "P@ssw0rd" and "password" are
		// compared alike without rewriting digits the user typed.
		m[line] = struct{}{}
		m[unleet.Replace(line)] = struct{}{}
	}
	return m
})

// isCommon reports whether pw is on the bundled list of common passwords,
// ignoring case and common leet substitutions.
func isCommon(pw string) bool {
	l := strings.ToLower(pw)
	if _, ok := common()[l]; ok {
		return true
	}
	// Leet spellings of a listed word without its digits: "Pa$$word!".
	_, ok := common()[unleet.Replace(strings.TrimRight(l, "0123456789!@#$%&*?.-_ "))]
	return ok
}

var unleet = strings.NewReplacer("@", "a", "0", "o", "$", "s", "3", "e")
