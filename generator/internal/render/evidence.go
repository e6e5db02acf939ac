package render

import (
	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// planEvidence publishes the local copies of plan p's evidence, each once
// however many notes cite it, as files of the plan keyed by their bytes.
func (r *Renderer) planEvidence(p *model.Plan) error {
	done := map[string]bool{}
	for _, n := range p.Notes {
		for _, e := range n.EvidenceItems {
			f := e.Local
			if f == nil || done[f.File] {
				continue
			}
			done[f.File] = true
			key := engine.NewHasher("evidence-file").String(f.SHA256).Done()
			if r.out.Keep(p.Dir, f.File, key) {
				continue
			}
			if err := r.Emit(p.Dir, f.File, key, f.Data); err != nil {
				return err
			}
		}
	}
	return nil
}
