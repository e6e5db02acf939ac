package check

import (
	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/source"
)

// Catalog indexes valid content for the later stages.
type Catalog struct {
	executors map[string]*content.Executor
	// measures maps plan id -> measure ref ("ii/2-3") -> place.
	measures map[string]map[string]*measurePlace
	// specs maps plan id -> indicator ref -> spec.
	specs map[string]map[string]*content.IndicatorSpec
	// owner maps plan id -> the plan folder whose measures are indexed
	// under it (another folder may repeat the id by mistake).
	owner map[string]*source.Plan
	// registryFailed is set when executors.toml could not be read:
	// references to executors are then not checked (the file's own
	// problem is reported).
	registryFailed bool
	// areas maps "<strategy>/<area>" to the valid areas of strategy.toml,
	// and strategies are its valid strategies with their valid areas
	// (see strategy.go); strategyFailed is set when the file could not be
	// read, and references to areas are then not checked.
	areas          map[string]areaPlace
	strategies     []content.Strategy
	strategyFailed bool
}

// NewCatalog returns an empty catalog.
func NewCatalog() *Catalog {
	return &Catalog{
		executors: map[string]*content.Executor{},
		measures:  map[string]map[string]*measurePlace{},
		specs:     map[string]map[string]*content.IndicatorSpec{},
		owner:     map[string]*source.Plan{},
	}
}

// Forget drops a plan's indexes once it is built, keeping its claim on
// its id: a build holds one plan at a time.
func (c *Catalog) Forget(id string) {
	delete(c.measures, id)
	delete(c.specs, id)
	if ps := c.owner[id]; ps != nil {
		// Keep the claim, not the plan: a later folder repeating the id
		// is told which file has it.
		c.owner[id] = &source.Plan{Dir: ps.Dir, Plan: source.File[content.Plan]{Path: ps.Plan.Path}}
	}
}

// Executor returns the valid executor of the registry with id, or nil.
func (c *Catalog) Executor(id string) *content.Executor { return c.executors[id] }

// Indexed reports whether the plan with id is indexed: its measures can be
// looked up, so it can be assembled.
func (c *Catalog) Indexed(plan string) bool { return c.measures[plan] != nil }

// Spec returns the description in indicators.toml of the plan's numeric
// indicator ref ("ii/2-1#1"), or nil.
func (c *Catalog) Spec(plan, ref string) *content.IndicatorSpec { return c.specs[plan][ref] }

// Area returns the valid area of strategy.toml named ref
// ("<strategy>/<area>") and its strategy, or nils.
func (c *Catalog) Area(ref string) (*content.Strategy, *content.Area) {
	p := c.areas[ref]
	return p.strategy, p.area
}

// Strategies are the valid strategies of strategy.toml, with their valid
// areas only, for the comparison pages.
func (c *Catalog) Strategies() []content.Strategy { return c.strategies }
