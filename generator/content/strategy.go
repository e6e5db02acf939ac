package content

// Strategies are the national strategies that the local plans implement,
// decoded from content/strategy.toml: the National Strategy for reforming
// the system of institutional care and upbringing of children for
// 2017–2026 and its 2024 successor. Their areas (напрями, strategic goals)
// are what the portal compares communities by.
//
// The file is staff data, not an official text: it says for each title
// whether it is the official wording and where it was read, so that pages
// can mark a working title as one. Which sections of a plan serve which
// area is said beside each plan, in its areas.toml (see AreaMap).
type Strategies struct {
	// Strategies in the order the comparison pages list them.
	Strategies []Strategy `toml:"strategy"`
}

// Strategy is one national strategy and the act that adopted it.
type Strategy struct {
	// ID is the strategy's stable identifier and URL segment under
	// /compare/, e.g. "ns-2017".
	ID string `toml:"id"`
	// Title is the strategy's title as the act writes it.
	Title string `toml:"title"`
	// TitleEN is the title in English (a translation, not an official one).
	TitleEN string `toml:"title_en,omitempty"`
	// Act is the kind of act and who issued it, e.g. "Розпорядження
	// Кабінету Міністрів України".
	Act string `toml:"act"`
	// ActEN is Act in English, e.g. "Order of the Cabinet of Ministers of
	// Ukraine".
	ActEN string `toml:"act_en,omitempty"`
	// ActTitle is the act's own title as written, e.g. "Про Національну
	// стратегію …".
	ActTitle string `toml:"act_title,omitempty"`
	// Number is the act's number as written, e.g. "526-р".
	Number string `toml:"number,omitempty"`
	// Date is the act's date.
	Date *Date `toml:"date,omitempty"`
	// URL is the official text of the act (zakon.rada.gov.ua); empty until
	// the address is checked.
	URL string `toml:"url,omitempty"`
	// Copies are other addresses where the text was read and checked.
	Copies []string `toml:"copies,omitempty"`
	// Note says what about the strategy is confirmed and what is not, in
	// Ukrainian; NoteEN in English.
	Note   string `toml:"note,omitempty"`
	NoteEN string `toml:"note_en,omitempty"`
	// Areas are the strategy's areas (напрями, стратегічні цілі), in the
	// strategy's order where it is known.
	Areas []Area `toml:"area"`
}

// Area is one area of a strategy: a direction of the reform that plans'
// sections serve.
type Area struct {
	// ID is the area's stable identifier and URL segment under its
	// strategy's, e.g. "coordination"; unique within the strategy.
	ID string `toml:"id"`
	// Title is the area's title in Ukrainian: the official wording when
	// Official is true, else a working title.
	Title string `toml:"title"`
	// TitleEN is the title in English (a translation).
	TitleEN string `toml:"title_en,omitempty"`
	// Official is true only when Title was checked against the strategy's
	// official text; pages mark other titles as working titles.
	Official bool `toml:"official,omitempty"`
	// Source says where the wording of Title comes from and how far it is
	// confirmed, in Ukrainian; SourceEN in English.
	Source   string `toml:"source,omitempty"`
	SourceEN string `toml:"source_en,omitempty"`
	// About says in a sentence or two what the area covers, in Ukrainian;
	// AboutEN in English. It is the portal's description, not the act's.
	About   string `toml:"about,omitempty"`
	AboutEN string `toml:"about_en,omitempty"`
}

// AreaMap says which areas of the strategies each section of a plan
// serves, decoded from content/plans/<id>/areas.toml. It sits beside the
// plan rather than in plan.toml, which is the adopted text: the mapping is
// the staff's reading of the plan, and it travels with the plan's folder.
type AreaMap struct {
	// Sections are the plan's sections, one table each.
	Sections []SectionAreas `toml:"section"`
}

// SectionAreas are the areas one section of a plan serves.
type SectionAreas struct {
	// ID is the section's id in plan.toml, e.g. "ii".
	ID string `toml:"id"`
	// Areas are "<strategy>/<area>" references, e.g.
	// "ns-2017/coordination": every measure of the section counts towards
	// each of them.
	Areas []string `toml:"areas"`
	// Note says why, when the reason is not plain from the titles.
	Note string `toml:"note,omitempty"`
}

// Area returns the strategy's area with id, if any.
func (s *Strategy) Area(id string) *Area {
	for i := range s.Areas {
		if s.Areas[i].ID == id {
			return &s.Areas[i]
		}
	}
	return nil
}
