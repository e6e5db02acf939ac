package generator

import (
	"path"
	"strings"

	"github.com/plansite/plansite/generator/internal/model"
)

// Config is the site configuration, decoded from config.toml.
type Config = model.Config

var supportedLanguages = map[string]bool{"uk": true, "en": true}

// escapes reports whether a relative path leaves its base folder.
func escapes(p string) bool {
	p = strings.ReplaceAll(p, "\\", "/")
	if path.IsAbs(p) {
		return true
	}
	c := path.Clean(p)
	return c == ".." || strings.HasPrefix(c, "../")
}
