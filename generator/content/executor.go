package content

// Registry is the list of executors, decoded from content/executors.toml.
type Registry struct {
	Executors []Executor `toml:"executor"`
}

// Executor is a responsible body (виконавець). Plans name the same body in
// several ways; the registry joins them so that one page lists all of its
// measures.
type Executor struct {
	// ID is the executor's stable identifier and URL segment.
	ID string `toml:"id"`
	// Name is the canonical full name.
	Name string `toml:"name"`
	// Short is the short name used in lists, e.g. "Сватівський РЦСССДМ".
	Short string `toml:"short,omitempty"`
	// Aliases are other ways plans name this body. The importer matches
	// executor cells against Name, Short and Aliases.
	Aliases []string `toml:"aliases,omitempty"`
	// Plans limits where the importer recognises the names: the ids of the
	// plans whose cells may refer to this body. Empty means every plan.
	// Generic names such as "Служба у справах дітей" belong to a different
	// body in every community, hence the scope.
	Plans []string `toml:"plans,omitempty"`
	// URL is the body's official website, if any.
	URL string `toml:"url,omitempty"`
	// Email is the body's public e-mail address, for citizens' questions
	// about its measures; shown on its page and on its measures' pages.
	Email string `toml:"email,omitempty"`
	// Phone is the body's public telephone number, as it is dialled, e.g.
	// "+380 6471 3-12-45".
	Phone string `toml:"phone,omitempty"`
}

// Names returns every name the executor is known by, canonical first.
func (e *Executor) Names() []string {
	names := make([]string, 0, 2+len(e.Aliases))
	names = append(names, e.Name)
	if e.Short != "" {
		names = append(names, e.Short)
	}
	return append(names, e.Aliases...)
}

// InScope reports whether the executor's names apply within plan.
func (e *Executor) InScope(plan string) bool {
	if len(e.Plans) == 0 {
		return true
	}
	for _, p := range e.Plans {
		if p == plan {
			return true
		}
	}
	return false
}
