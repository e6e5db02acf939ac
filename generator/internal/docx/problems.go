package docx

import "github.com/plansite/plansite/generator/diag"

// saveAsDocxUK and saveAsDocxEN advise on every problem that saving the
// document again as .docx fixes.
const (
	saveAsDocxUK = "відкрийте документ у Word або LibreOffice і збережіть його як «Документ Word (.docx)»"
	saveAsDocxEN = "open the document in Word or LibreOffice and save it as Word Document (.docx)"
)

// The kinds of problems the reader reports.
var (
	kindNotDocx = diag.Kind{Code: "docx-not-docx",
		UK: "файл не є документом .docx: це не ZIP-архів (%s)", EN: "the file is not a .docx document: it is not a ZIP archive (%s)",
		HintUK: saveAsDocxUK + "; або збережіть таблицю як «Звичайний текст (.txt)» у UTF-8",
		HintEN: saveAsDocxEN + "; or save the table as Plain Text (.txt), UTF-8"}
	kindOldDoc = diag.Kind{Code: "docx-old-doc",
		UK: "це документ Word 97–2003 (.doc) або документ, захищений паролем: такі файли не читаються", EN: "this is a Word 97–2003 document (.doc), or one protected by a password: such files cannot be read",
		HintUK: saveAsDocxUK + " без пароля", HintEN: saveAsDocxEN + " without a password"}
	kindTooBig = diag.Kind{Code: "docx-too-big",
		UK: "файл %s завеликий: %d МБ, а можна не більше %d МБ", EN: "file %s is too big: %d MB, at most %d MB are allowed",
		HintUK: "план займає кілька сотень кілобайтів; перевірте, чи це той файл, і вилучіть з документа зображення",
		HintEN: "a plan takes a few hundred kilobytes; check that this is the right file, and remove pictures from the document"}
	kindPartTooBig = diag.Kind{Code: "docx-part-too-big",
		UK: "частина %s документа після розпакування перевищує %d МБ: файл пошкоджено або це не план", EN: "part %s of the document exceeds %d MB unpacked: the file is damaged or not a plan",
		HintUK: "перевірте, чи це той файл; " + saveAsDocxUK, HintEN: "check that this is the right file; " + saveAsDocxEN}
	kindNoDocument = diag.Kind{Code: "docx-no-document",
		UK: "в архіві немає тексту документа (%s): це не документ Word", EN: "the archive holds no document text (%s): it is not a Word document",
		HintUK: saveAsDocxUK, HintEN: saveAsDocxEN}
	kindBadXML = diag.Kind{Code: "docx-bad-xml",
		UK: "текст документа (%s) пошкоджено: %s", EN: "the document text (%s) is damaged: %s",
		HintUK: saveAsDocxUK + " ще раз", HintEN: saveAsDocxEN + " again"}
	kindNoTable = diag.Kind{Code: "docx-no-table",
		UK: "у документі немає таблиці плану: таблиці з щонайменше %d стовпцями і двома рядками", EN: "the document holds no plan table: a table of at least %d columns and two rows",
		HintUK: "план має бути таблицею Word (Вставлення → Таблиця), а не текстом, вирівняним пробілами чи табуляцією",
		HintEN: "the plan must be a Word table (Insert → Table), not text aligned with spaces or tabs"}
	kindTableLeftOut = diag.Kind{Code: "docx-table-left-out", Severity: diag.Warning,
		UK: "таблицю %d не імпортовано: у ній %d стовпців, а в таблиці плану %d", EN: "table %d was not imported: it has %d columns, the plan's table %d",
		HintUK: "якщо це продовження плану, зробіть у ньому стільки ж стовпців, скільки в першій частині, і імпортуйте знову",
		HintEN: "if it continues the plan, give it as many columns as the first part has, and import again"}
)
