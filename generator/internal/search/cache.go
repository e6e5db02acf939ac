package search

import (
	"strings"
	"sync"
)

// Cache keeps the work of one index build for others over the same texts.
// A site builds one index per interface language, concurrently, and the
// plan texts are the same in each: with a shared Cache every text is
// tokenised and stemmed once, and identical documents are inverted into
// term shards once. It holds every analysis and shard it has made, so it
// suits builds that hold the site anyway; an engine that streams a large
// site keeps Analysis values (MarshalBinary) instead. A Cache is safe for
// concurrent use; the zero value is not, use NewCache.
type Cache struct {
	mu     sync.Mutex
	docs   map[string]*once[*textAnalysis]
	stems  map[string]string
	shards map[string]*once[[]shard]
}

// once is a value computed by the first caller; the others wait for it.
type once[T any] struct {
	sync.Once
	v T
}

// NewCache returns an empty Cache.
func NewCache() *Cache {
	return &Cache{docs: map[string]*once[*textAnalysis]{}, stems: map[string]string{}, shards: map[string]*once[[]shard]{}}
}

// entry returns the once for key in m, creating it.
func entry[T any](c *Cache, m map[string]*once[T], key string) *once[T] {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := m[key]
	if e == nil {
		e = &once[T]{}
		m[key] = e
	}
	return e
}

// analyse returns the text analysis of d, computing it once per distinct
// text. Analyses are shared between builds: nothing may change them.
func (c *Cache) analyse(d *Document, searchable []string) *textAnalysis {
	if c == nil {
		return analyseText(d, searchable, nil)
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
	key.WriteByte(1) // codes follow
	for _, c := range d.Codes {
		key.WriteByte(0)
		key.WriteString(c)
	}
	e := entry(c, c.docs, key.String())
	e.Do(func() { e.v = analyseText(d, searchable, c.stem) })
	return e.v
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
