package render

import (
	"html/template"
	"net/url"
	"strings"

	"github.com/plansite/plansite/generator/internal/model"
)

// Reporting a problem: each measure's page links a message to the
// portal's contact ([contact] in config.toml) with the measure's code and
// permanent address already in it, and the accessibility statement says
// how to write.

// AccessibilityPath is the site path of the accessibility statement.
const AccessibilityPath = "/accessibility/"

// ReportLink is the mailto: link of a measure's "report a problem", its
// subject naming the measure's code and permanent address; "" when the
// portal has no contact e-mail.
func (p *page) ReportLink(m *model.Measure) string {
	to := p.Site.Config.ReportEmail()
	if to == "" {
		return ""
	}
	abs := p.Abs(m.Path)
	return "mailto:" + to + "?subject=" + mailtoEscape(p.T("report.subject", m.Code, abs)) +
		"&body=" + mailtoEscape(strings.ReplaceAll(p.T("report.body", abs), "\n", "\r\n"))
}

// mailtoEscape encodes a header value of a mailto: link (RFC 6068): every
// byte but the unreserved ones percent-encoded, a space as %20, not "+",
// which mail programs would show as it is. The body's line breaks are
// CRLF, as the RFC asks.
func mailtoEscape(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}

// Tel is the tel: link of a telephone number as written: its digits and a
// leading "+" (RFC 3966 allows visual separators, but not every phone
// reads them). It is made of those characters alone, so it is a safe URL
// though html/template does not know the scheme.
func (p *page) Tel(number string) template.URL {
	var b strings.Builder
	b.WriteString("tel:")
	for i, r := range number {
		if (r >= '0' && r <= '9') || (r == '+' && i == 0) {
			b.WriteRune(r)
		}
	}
	return template.URL(b.String()) // #nosec: "tel:", digits and "+"
}

// Reachable are the executors of a measure that the registry gives an
// e-mail address or a telephone number.
func (p *page) Reachable(m *model.Measure) []*model.Executor {
	var out []*model.Executor
	for _, x := range m.Executors {
		if x.Email != "" || x.Phone != "" {
			out = append(out, x)
		}
	}
	return out
}
