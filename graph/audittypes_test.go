package graph

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/graph/model"
)

// auditConstants reads the event types internal/audit declares: its
// exported string constants, by name.
func auditConstants(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("../internal/audit/*.go")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	fset := token.NewFileSet()
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			gen, ok := decl.(*ast.GenDecl)
			if !ok || gen.Tok != token.CONST {
				continue
			}
			for _, spec := range gen.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if !name.IsExported() || i >= len(vs.Values) {
						continue
					}
					lit, ok := vs.Values[i].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						continue
					}
					v, err := strconv.Unquote(lit.Value)
					if err != nil {
						t.Fatal(err)
					}
					out[name.Name] = v
				}
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no event types found in internal/audit")
	}
	return out
}

// An admin filtering the log, or the SPA naming an event, relies on the
// schema's AuditEventType listing exactly what internal/audit writes.
func TestEveryAuditTypeIsInTheSchema(t *testing.T) {
	consts := auditConstants(t)
	enum := map[string]bool{}
	for _, v := range model.AllAuditEventType {
		enum[string(v)] = true
	}
	written := map[string]bool{}
	for name, v := range consts {
		written[v] = true
		if !enum[v] {
			t.Errorf("audit.%s = %q is not a value of enum AuditEventType in graph/schema.graphqls", name, v)
		}
	}
	for v := range enum {
		if !written[v] {
			t.Errorf("AuditEventType.%s is not an event type internal/audit declares", v)
		}
	}
}

// An event written with a literal type would bypass the list above: every
// audit.Event{Type: ...} outside the generated code names one of audit's
// constants.
func TestAuditEventsAreWrittenWithDeclaredTypes(t *testing.T) {
	consts := auditConstants(t)
	fset := token.NewFileSet()
	seen := 0
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "ent", "generated", "node_modules", "frontend", ".git":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			sel, ok := lit.Type.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Event" {
				return true
			}
			if !isIdent(sel.X, "audit") {
				return true
			}
			for _, elt := range lit.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if key, ok := kv.Key.(*ast.Ident); !ok || key.Name != "Type" {
					continue
				}
				seen++
				v, _ := kv.Value.(*ast.SelectorExpr)
				if v == nil || !isIdent(v.X, "audit") || consts[v.Sel.Name] == "" {
					t.Errorf("%s: an audit event's Type is not one of internal/audit's constants", fset.Position(kv.Pos()))
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen == 0 {
		t.Fatal("found no audit.Event literal: the walk looks in the wrong place")
	}
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}
