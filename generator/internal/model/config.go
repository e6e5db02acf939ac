package model

import (
	"net/url"
	"path"

	"github.com/plansite/plansite/generator/content"
)

// Config is the site configuration, decoded from config.toml.
type Config struct {
	// Title is the portal's name, shown in every page's header.
	Title string `toml:"title"`
	// Description is a sentence about the portal for the home page and
	// search engines.
	Description string `toml:"description"`
	// TitleEN and DescriptionEN are the portal's name and sentence on the
	// English pages; without them those pages show the Ukrainian ones,
	// marked lang="uk".
	TitleEN       string `toml:"title_en,omitempty"`
	DescriptionEN string `toml:"description_en,omitempty"`
	// BaseURL is the absolute address the site is published at, e.g.
	// "https://plans.example.org/"; feeds and the sitemap need absolute
	// links, and its path is the prefix of every link on the site.
	BaseURL string `toml:"base_url"`
	// Languages are the interface languages; the first is served at the
	// root, others under /<lang>/. Ukrainian is the default.
	Languages []string `toml:"languages"`
	// Theme is the folder under themes/ to render with.
	Theme string `toml:"theme"`
	// Content configures where content is read from.
	Content ContentConfig `toml:"content"`
	// DueWindowDays is how far ahead a deadline counts as "due soon".
	DueWindowDays int `toml:"due_window_days"`
	// Data describes the open data: its licence and publisher.
	Data DataConfig `toml:"data"`
	// Privacy sets how small counts of children are protected.
	Privacy PrivacyConfig `toml:"privacy"`
	// Contact is where people report a mistake on the portal: each
	// measure's "report a problem" link and the accessibility statement
	// name it.
	Contact ContactConfig `toml:"contact"`
	// Accessibility holds the accessibility statement's facts that are
	// not the build's: its date.
	Accessibility AccessibilityConfig `toml:"accessibility"`
	// Relative makes every link between the site's own files relative to
	// the page, folders linked by their index.html, so that the site works
	// opened from a folder over file://. Set by plansite build --relative
	// and plansite pack, never by config.toml; feeds, the sitemap and the
	// canonical and Open Graph addresses stay absolute.
	Relative bool `toml:"-"`

	// basePath and origin are read from BaseURL once (see setBaseURL):
	// every link on every page needs them.
	basePath, origin string
}

// ContentConfig says which content sets to read.
type ContentConfig struct {
	// Dir is the content folder, relative to the site folder.
	Dir string `toml:"dir"`
	// Demo switches on the demonstration notes in <Dir>/demo. Pages that
	// show them say plainly that they are demonstration data.
	Demo bool `toml:"demo"`
}

// DataConfig describes the portal's open data for the data package and
// the catalogue (/data/datapackage.json, /data/catalog.jsonld).
type DataConfig struct {
	// Licence is the data's licence as an SPDX / Open Definition id, e.g.
	// "CC-BY-4.0" (the default), "CC0-1.0", "ODbL-1.0".
	Licence string `toml:"licence"`
	// Publisher is the body that publishes the data; the portal's title
	// stands in.
	Publisher string `toml:"publisher,omitempty"`
	// Contact is an e-mail address for questions about the data.
	Contact string `toml:"contact,omitempty"`
}

// ContactConfig is where people write about the portal ([contact] in
// config.toml).
type ContactConfig struct {
	// Email is the address a measure's "report a problem" link writes to,
	// with the measure's code and address in the subject.
	Email string `toml:"email,omitempty"`
	// URL is a feedback form or page, for those who do not write e-mail.
	URL string `toml:"url,omitempty"`
}

// AccessibilityConfig is what the accessibility statement
// (/accessibility/) says that the build cannot know ([accessibility] in
// config.toml).
type AccessibilityConfig struct {
	// Date is the day the statement was prepared or last reviewed. It is
	// a fact of the content, not the build's date, so that a build a day
	// later does not change the page.
	Date *content.Date `toml:"date,omitempty"`
}

// ReportEmail is the address problems with the portal's content are
// reported to: [contact] email, or else the open data's contact.
func (c *Config) ReportEmail() string {
	if c.Contact.Email != "" {
		return c.Contact.Email
	}
	return c.Data.Contact
}

// DefaultLicence is the open data's licence when config.toml names none.
const DefaultLicence = "CC-BY-4.0"

// PrivacyConfig sets small-number suppression ([privacy] in config.toml).
type PrivacyConfig struct {
	// MinCount is the smallest count of a sensitive indicator that is
	// published as it is: a value from 1 to MinCount−1 is published only
	// as "fewer than MinCount" (default 5).
	MinCount int `toml:"min_count"`
}

// DefaultMinCount is the privacy threshold when config.toml sets none: the
// usual rule of statistical offices for counts of people.
const DefaultMinCount = 5

// Defaults fills unset fields.
func (c *Config) Defaults() {
	if c.Title == "" {
		c.Title = "plansite"
	}
	if len(c.Languages) == 0 {
		c.Languages = []string{"uk"}
	}
	if c.Theme == "" {
		c.Theme = "default"
	}
	if c.Content.Dir == "" {
		c.Content.Dir = "content"
	}
	if c.BaseURL == "" {
		c.BaseURL = "/"
	}
	c.SetBaseURL(c.BaseURL)
	if c.DueWindowDays == 0 {
		c.DueWindowDays = 90
	}
	if c.Data.Licence == "" {
		c.Data.Licence = DefaultLicence
	}
	if c.Data.Publisher == "" {
		c.Data.Publisher = c.Title
	}
	if c.Privacy.MinCount == 0 {
		c.Privacy.MinCount = DefaultMinCount
	}
}

// SetBaseURL sets BaseURL and the path and origin taken from it.
func (c *Config) SetBaseURL(base string) {
	c.BaseURL, c.basePath, c.origin = base, "/", ""
	u, err := url.Parse(base)
	if err != nil {
		return
	}
	if p := path.Clean(u.Path); u.Path != "" && p != "/" && p != "." {
		c.basePath = p + "/"
	}
	if u.Host != "" {
		c.origin = u.Scheme + "://" + u.Host
	}
}

// BasePath is the path part of BaseURL, with a trailing slash.
func (c *Config) BasePath() string {
	if c.basePath == "" {
		return "/"
	}
	return c.basePath
}

// Absolute makes a site path absolute with BaseURL's scheme and host; a
// relative BaseURL leaves it as is.
func (c *Config) Absolute(sitePath string) string { return c.origin + sitePath }

// SiteTitle is the portal's name in lang, and whether it is the Ukrainian
// one standing in for a missing translation.
func (c *Config) SiteTitle(lang string) (string, bool) {
	if lang != "uk" && c.TitleEN != "" {
		return c.TitleEN, false
	}
	return c.Title, lang != "uk"
}

// SiteDescription is the portal's sentence in lang, and whether it is the
// Ukrainian one standing in for a missing translation.
func (c *Config) SiteDescription(lang string) (string, bool) {
	if lang != "uk" && c.DescriptionEN != "" {
		return c.DescriptionEN, false
	}
	return c.Description, lang != "uk"
}
