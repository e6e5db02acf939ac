package render

import (
	"bytes"

	"github.com/plansite/plansite/generator/internal/chart"
)

// The site's icon, at the addresses browsers look for: /favicon.ico, which
// they request unasked, and /favicon.svg, which every page names (see
// chart.IconSVG). Both are drawn by the program, so the program's part of
// every key covers them.

// Icon files, at the site's root whatever the language.
const (
	IconICO = "favicon.ico"
	IconSVG = "favicon.svg"
)

// icons emits the site's icons.
func (r *Renderer) icons() error {
	var ico bytes.Buffer
	if err := chart.WriteICO(&ico); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		data []byte
	}{{IconICO, ico.Bytes()}, {IconSVG, chart.IconSVG()}} {
		name, data := f.name, f.data
		key := r.key("icon", name).Done()
		if r.out.Keep(SiteUnit, name, key) {
			continue
		}
		if err := r.Emit(SiteUnit, name, key, data); err != nil {
			return err
		}
	}
	return nil
}

// IconURL is the link to one of the site's icons, IconICO or IconSVG.
func (p *page) IconURL(name string) string { return p.Root("/" + name) }
