package docx

import (
	"fmt"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/internal/docx/docxtest"
)

// planDoc is a document the size of a seed plan: six sections of ten
// measures, six columns, cells of a few paragraphs, written as Word
// writes runs.
func planDoc() *docxtest.Doc {
	var d docxtest.Doc
	d.Para("ЗАТВЕРДЖЕНО\nРозпорядження голови райдержадміністрації\n27.06.2019 № 309")
	d.Para("ПЛАН розвитку системи соціальних послуг на 2019 – 2026 роки")
	t := docxtest.Table{Rows: []docxtest.Row{cells("№ з/п", "Завдання", "Захід", "Термін виконання", "Виконавці", "Індикатори")}}
	for s := 1; s <= 6; s++ {
		t.Rows = append(t.Rows, span(fmt.Sprintf("%d. Розділ плану про розвиток послуг для дітей і сімей", s), 6))
		for m := 1; m <= 10; m++ {
			t.Rows = append(t.Rows, docxtest.Row{Cells: []docxtest.Cell{c("1"), c("Створення ефективних механізмів координації"),
				c(fmt.Sprintf("%d) ", m) + strings.Repeat("проведення засідань міжвідомчої робочої групи ", 3)),
				c("2019-2026", "роки"), c("Служба у справах дітей райдержадміністрації,", "Сватівський районний центр соціальних служб для сімʼї, дітей та молоді"),
				c("Розгляд стану реалізації плану", "Прийняття рішень")}})
		}
	}
	d.Table(t)
	d.Para("Головний спеціаліст")
	return &d
}

// BenchmarkRead reads a plan-sized .docx: unzip, parse, lay out.
func BenchmarkRead(b *testing.B) {
	d := planDoc()
	src := d.Bytes()
	b.SetBytes(int64(len(d.DocumentXML())))
	b.ReportAllocs()
	for b.Loop() {
		if tb, problems := Read("plan.docx", src); tb == nil || len(problems) > 0 {
			b.Fatal(problems)
		}
	}
}
