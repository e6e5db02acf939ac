package wordtable

import "github.com/plansite/plansite/generator/diag"

// saveAsTextUK and saveAsTextEN advise on every problem that a fresh text
// export fixes.
const (
	saveAsTextUK = "відкрийте документ у Word або LibreOffice і збережіть його ще раз як «Звичайний текст (.txt)» у кодуванні UTF-8"
	saveAsTextEN = "open the document in Word or LibreOffice and save it again as Plain Text (.txt), UTF-8"
)

// The kinds of problems the reader reports.
var (
	kindNotUTF8 = diag.Kind{Code: "table-not-utf8",
		UK: "файл не в кодуванні UTF-8: байт 0x%02X тут не може стояти", EN: "the file is not UTF-8: byte 0x%02X cannot stand here",
		HintUK: saveAsTextUK + " (у Word: «Зберегти як» → «Звичайний текст» → «Інше кодування» → «Юнікод (UTF-8)»)",
		HintEN: saveAsTextEN + " (in Word: Save As → Plain Text → Other encoding → Unicode (UTF-8))"}
	kindEmpty = diag.Kind{Code: "table-empty",
		UK: "файл порожній", EN: "the file is empty",
		HintUK: saveAsTextUK, HintEN: saveAsTextEN}
	kindNoCells = diag.Kind{Code: "table-no-cells",
		UK: "у файлі немає таблиці: жоден рядок не починається табуляцією", EN: "the file holds no table: no line starts with a TAB",
		HintUK: "у текстовому вигляді таблиці Word кожна клітинка починається табуляцією; " + saveAsTextUK,
		HintEN: "in a Word table saved as text every cell starts with a TAB; " + saveAsTextEN}
	kindTooManyCells = diag.Kind{Code: "table-too-many-cells",
		UK:     "рядок таблиці має %d клітинок, а стовпців у таблиці %d; зайва клітинка починається тут, у рядку %d",
		EN:     "a table row has %d cells but the table has %d columns; the extra cell starts here, on line %d",
		HintUK: "табуляція на початку рядка відкриває нову клітинку: якщо цей рядок продовжує попередню клітинку, приберіть табуляцію; якщо між рядками таблиці бракує порожнього рядка, додайте його",
		HintEN: "a TAB at the start of a line opens a new cell: if this line continues the cell before, remove the TAB; if a blank line between two rows is missing, add it"}
	kindShortRow = diag.Kind{Code: "table-short-row",
		UK: "рядок таблиці має лише %d з %d клітинок", EN: "a table row has only %d of %d cells",
		HintUK: "порожня клітинка — це рядок з однією табуляцією; мабуть, її втрачено: додайте рядок з табуляцією на місці порожньої клітинки",
		HintEN: "an empty cell is a line holding a lone TAB; one seems lost: add a TAB line where the empty cell belongs"}
	kindTruncated = diag.Kind{Code: "table-truncated",
		UK: "таблиця обривається посеред рядка: останній рядок має лише %d з %d клітинок", EN: "the table breaks off inside a row: the last row has only %d of %d cells",
		HintUK: "схоже, файл обрізано; " + saveAsTextUK, HintEN: "the file seems cut short; " + saveAsTextEN}
)
