package search

import (
	"strings"
	"sync"
)

// Cache keeps the analysis of document texts between index builds over
// the same texts. A site builds one index per interface language, and the
// plan texts are the same in each; with a shared Cache every text is
// tokenised and stemmed once. A Cache is safe for concurrent use; the zero
// value is not, use NewCache.
type Cache struct {
	mu    sync.Mutex
	docs  map[string]analysed
	stems map[string]string
}

// NewCache returns an empty Cache.
func NewCache() *Cache {
	return &Cache{docs: map[string]analysed{}, stems: map[string]string{}}
}

// analyse returns the analysis of d, computing it once per distinct text.
// Analyses are shared between builds: nothing may change them.
func (c *Cache) analyse(d *Document, searchable []string) analysed {
	if c == nil {
		return analyse(d, searchable, nil)
	}
	var key strings.Builder
	key.WriteString(d.Title)
	key.WriteByte(0)
	key.WriteString(d.Body)
	for _, name := range searchable {
		for _, v := range d.Facets[name] {
			key.WriteByte(0)
			key.WriteString(v)
		}
	}
	k := key.String()
	c.mu.Lock()
	a, ok := c.docs[k]
	c.mu.Unlock()
	if ok {
		return a
	}
	a = analyse(d, searchable, c.stem)
	c.mu.Lock()
	c.docs[k] = a
	c.mu.Unlock()
	return a
}

// stem memoises Stem: a corpus has far fewer distinct words than words.
func (c *Cache) stem(tok string) string {
	c.mu.Lock()
	s, ok := c.stems[tok]
	c.mu.Unlock()
	if !ok {
		s = Stem(tok)
		c.mu.Lock()
		c.stems[tok] = s
		c.mu.Unlock()
	}
	return s
}
