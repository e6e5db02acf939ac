package render

import (
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
