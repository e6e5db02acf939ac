package schema_test

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"
)

// godoc holds the doc comments of a package's types and struct fields,
// read from its source: reflection does not see comments, and the
// comments are what the schemas give as English descriptions.
type godoc struct {
	types  map[string]string // "Plan" → its doc comment
	fields map[string]string // "Plan.ID" → its doc comment
}

var (
	docsMu sync.Mutex
	docs   = map[string]*godoc{} // by package path
)

// docsOf returns the doc comments of t's package.
func docsOf(t reflect.Type) (*godoc, error) {
	docsMu.Lock()
	defer docsMu.Unlock()
	if d, ok := docs[t.PkgPath()]; ok {
		return d, nil
	}
	dir, err := packageDir(t.PkgPath())
	if err != nil {
		return nil, err
	}
	d, err := parseDocs(dir)
	if err != nil {
		return nil, err
	}
	docs[t.PkgPath()] = d
	return d, nil
}

// packageDir finds the folder of a package of this module.
func packageDir(pkgPath string) (string, error) {
	root, module, err := moduleRoot()
	if err != nil {
		return "", err
	}
	rel, ok := strings.CutPrefix(pkgPath, module)
	if !ok {
		return "", fmt.Errorf("package %s is not in module %s", pkgPath, module)
	}
	return filepath.Join(root, filepath.FromSlash(strings.TrimPrefix(rel, "/"))), nil
}

// moduleRoot returns the folder holding go.mod, and the module's path.
func moduleRoot() (dir, module string, err error) {
	dir, err = os.Getwd()
	if err != nil {
		return "", "", err
	}
	for {
		f, err := os.Open(filepath.Join(dir, "go.mod"))
		if err == nil {
			defer f.Close()
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				if m, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
					return dir, strings.TrimSpace(m), nil
				}
			}
			return "", "", fmt.Errorf("%s: no module line", f.Name())
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", "", fmt.Errorf("no go.mod above the test's folder")
		}
		dir = parent
	}
}

// parseDocs reads the doc comments of the non-test Go files in dir.
func parseDocs(dir string) (*godoc, error) {
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	d := &godoc{types: map[string]string{}, fields: map[string]string{}}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		for _, decl := range f.Decls {
			if g, ok := decl.(*ast.GenDecl); ok && g.Tok == token.TYPE {
				d.addTypes(g)
			}
		}
	}
	return d, nil
}

func (d *godoc) addTypes(g *ast.GenDecl) {
	for _, spec := range g.Specs {
		ts := spec.(*ast.TypeSpec)
		doc := ts.Doc
		if doc == nil && len(g.Specs) == 1 {
			doc = g.Doc
		}
		d.types[ts.Name.Name] = clean(doc)
		st, ok := ts.Type.(*ast.StructType)
		if !ok {
			continue
		}
		for _, f := range st.Fields.List {
			for _, n := range f.Names {
				d.fields[ts.Name.Name+"."+n.Name] = clean(f.Doc)
			}
		}
	}
}

// clean turns a comment into text: lines of a paragraph joined, paragraphs
// kept apart.
func clean(c *ast.CommentGroup) string {
	if c == nil {
		return ""
	}
	var paras []string
	for _, p := range strings.Split(strings.TrimSpace(c.Text()), "\n\n") {
		paras = append(paras, strings.Join(strings.Fields(p), " "))
	}
	return strings.Join(paras, "\n\n")
}

// fieldDoc returns the doc comment of field f of struct t, with the Go
// names of t's fields put as their TOML keys, since that is what staff
// write: "ID is …" becomes "`id` is …". A field without a comment of its
// own shares the nearest one above that names it ("Start and End are
// …").
func fieldDoc(d *godoc, t reflect.Type, f reflect.StructField) string {
	doc := d.fields[t.Name()+"."+f.Name]
	for i := f.Index[0] - 1; doc == "" && i >= 0; i-- {
		if p := d.fields[t.Name()+"."+t.Field(i).Name]; mentions(p, f.Name) {
			doc = p
		}
	}
	return withKeys(doc, t)
}

func mentions(text, word string) bool {
	return regexp.MustCompile(`\b` + regexp.QuoteMeta(word) + `\b`).MatchString(text)
}

// withKeys replaces the Go names of t's fields in text by their TOML keys.
func withKeys(text string, t reflect.Type) string {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key := tomlKey(f)
		if key == "" {
			continue
		}
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(f.Name) + `\b`)
		text = re.ReplaceAllLiteralString(text, "`"+key+"`")
	}
	return text
}

// tomlKey is the key a field is written under, as the decoder
// (internal/tomldecode) reads it: the tag's name; "" for fields the
// decoder skips.
func tomlKey(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
	if name == "-" {
		return ""
	}
	return name
}
