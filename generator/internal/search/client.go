package search

import _ "embed"

// ClientJS is the browser side of the search (search.js): it reads the
// index files Build writes and must analyse text exactly as this package
// does, so it lives here, beside the Go code it mirrors, and the parity test
// runs both on the same inputs. The site publishes it as a theme asset.
//
//go:embed search.js
var ClientJS []byte
