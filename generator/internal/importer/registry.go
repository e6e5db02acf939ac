package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/plansite/plansite/generator/content"
)

// RegistryHeader opens an executors.toml that the importer creates.
const RegistryHeader = `# Реєстр виконавців (executors): органи й установи, відповідальні за заходи планів.
#
# Кожен виконавець — блок [[executor]]:
#   id      — постійний ідентифікатор і частина адреси сторінки: малі латинські
#             літери, цифри, дефіси; після публікації не змінюйте;
#   name    — повна офіційна назва;
#   short   — коротка назва для списків (необовʼязково);
#   aliases — інші написання цього ж органу в планах (необовʼязково); регістр,
#             апострофи (ʼ ’ ') і зайві пробіли не мають значення;
#   plans   — ідентифікатори планів, у яких ці назви означають саме цей орган
#             («Служба у справах дітей» у кожній громаді своя); без plans —
#             у всіх планах;
#   url     — офіційний сайт (необовʼязково).
# Команда plansite import дописує сюди нові органи в кінець файлу; решту файлу
# вона не змінює. Перевірте назви нових органів і додайте їм aliases.
#
# The executor registry: one [[executor]] block per body; ids are permanent
# URLs; aliases are other spellings plans use; plans limits where they apply.
`

// ReadRegistry reads the executor registry at path. It returns the
// decoded registry and the file's bytes; a missing file is an empty
// registry with no bytes.
func ReadRegistry(path string) (*content.Registry, []byte, error) {
	src, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &content.Registry{}, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	var reg content.Registry
	if _, err := toml.Decode(string(src), &reg); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return &reg, src, nil
}

// AppendExecutors returns the registry file src with entries for added
// appended. The bytes of src are kept as they are, comments included, so
// that staff edits survive every import; an empty src starts with
// RegistryHeader.
func AppendExecutors(src []byte, added []content.Executor, plan, from string) []byte {
	var b bytes.Buffer
	b.Write(src)
	if len(src) == 0 {
		b.WriteString(RegistryHeader)
	} else if !bytes.HasSuffix(src, []byte("\n")) {
		b.WriteByte('\n')
	}
	for _, e := range added {
		w := &tomlWriter{}
		w.blank()
		w.comment(fmt.Sprintf("Додано під час імпорту плану %s з %s: перевірте назву, додайте short та aliases.", plan, fileName(from)))
		w.line("[[executor]]")
		w.str("id", e.ID)
		w.str("name", e.Name)
		if e.Short != "" {
			w.str("short", e.Short)
		}
		if len(e.Aliases) > 0 {
			w.strs("aliases", e.Aliases)
		}
		if len(e.Plans) > 0 {
			w.strs("plans", e.Plans)
		}
		b.WriteString(w.b.String())
	}
	return b.Bytes()
}

// fileName returns the last element of a slash or backslash path.
func fileName(p string) string {
	return p[strings.LastIndexAny(p, `/\`)+1:]
}
