package generator

import (
	"crypto/sha256"
	"os"
	"sync"
)

// fileCache remembers decoded files between builds of a long-running
// process (plansite serve), so a rebuild after one note changed decodes
// one note, not the whole content. A nil *fileCache caches nothing.
type fileCache struct {
	mu   sync.Mutex
	byID map[string]cached
}

type cached struct {
	sum   [32]byte
	value any
}

func newFileCache() *fileCache { return &fileCache{byID: map[string]cached{}} }

func (c *fileCache) read(abs string) ([]byte, error) { return os.ReadFile(abs) }

// decoded returns the value stored for file when its bytes are unchanged.
func (c *fileCache) decoded(file string, data []byte) (any, bool) {
	if c == nil {
		return nil, false
	}
	sum := sha256.Sum256(data)
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byID[file]
	if !ok || e.sum != sum {
		return nil, false
	}
	return e.value, true
}

// storeDecoded remembers a decoded file that had no problems.
func (c *fileCache) storeDecoded(file string, data []byte, v any) {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.byID[file] = cached{sha256.Sum256(data), v}
	c.mu.Unlock()
}
