package tomldecode

import "github.com/plansite/plansite/generator/diag"

// The kinds of problems decoding finds, told in staff's words (see the
// generator's problems.go for the conventions).
var (
	// TOML syntax. BurntSushi/toml finds the error; syntax.go tells it
	// in staff's words.
	kindTOMLSyntax = diag.Kind{Code: "toml-syntax",
		UK: "файл не вдалося прочитати як TOML: %s", EN: "the file is not valid TOML: %s",
		HintUK: "перевірте лапки, дужки та знак «=» у позначеному рядку; зразок — у документації або в сусідніх файлах",
		HintEN: "check the quotes, brackets and \"=\" on the marked line; compare with the documentation or neighbouring files"}
	kindUnclosedString = diag.Kind{Code: "toml-syntax",
		UK: "текст у лапках не закрито: рядок закінчується раніше, ніж закривна лапка %s", EN: "the quoted text is not closed: the line ends before its closing %s",
		HintUK: "поставте %[1]s у кінці тексту; текст на кілька рядків беріть у потрійні лапки \"\"\"…\"\"\"",
		HintEN: "put %[1]s at the end of the text; text over several lines goes in triple quotes \"\"\"…\"\"\""}
	kindUnclosedMultiline = diag.Kind{Code: "toml-syntax",
		UK: "текст, відкритий %s, не закрито до кінця файлу", EN: "the text opened with %s is not closed before the end of the file",
		HintUK: "поставте %[1]s одразу після останнього рядка цього тексту", HintEN: "put %[1]s right after the last line of the text"}
	kindMissingEquals = diag.Kind{Code: "toml-syntax",
		UK: "після «%s» бракує знака «=»", EN: "\"=\" is missing after %q",
		HintUK: "кожен рядок має вигляд ключ = значення, наприклад %[1]s = \"…\"", HintEN: "each line is key = value, e.g. %[1]s = \"…\""}
	kindKeyNotLatin = diag.Kind{Code: "toml-syntax",
		UK: "назву ключа «%s» треба писати латиницею", EN: "key %q must be written in Latin letters",
		HintUK: "ключі — це англійські слова зі зразка (title, date, measures, status…); українською пишуть лише значення в лапках",
		HintEN: "keys are the English words of the template (title, date, measures, status…); only values in quotes may be Ukrainian"}
	kindDuplicateKey = diag.Kind{Code: "toml-syntax",
		UK: "ключ «%s» задано двічі; уперше — у рядку %d", EN: "key %q is given twice; first on line %d",
		HintUK: "залиште один із двох рядків: у межах таблиці кожен ключ задають лише раз",
		HintEN: "keep one of the two lines: a key may be given only once in a table"}
	kindDuplicateKeyHere = diag.Kind{Code: "toml-syntax",
		UK: "«%s» задано вдруге", EN: "%q is given a second time",
		HintUK: "залиште одне визначення: у межах таблиці кожен ключ задають лише раз; для кількох однакових таблиць пишіть [[…]]",
		HintEN: "keep one definition: a key may be given only once in a table; for several alike tables write [[…]]"}
	kindDuplicateTable = diag.Kind{Code: "toml-syntax",
		UK: "таблицю [%s] задано двічі; уперше — у рядку %d", EN: "table [%s] is given twice; first on line %d",
		HintUK: "обʼєднайте їхні ключі в одну таблицю; якщо таких частин має бути кілька (розділи, заходи), пишіть [[%[1]s]] з подвійними дужками",
		HintEN: "merge their keys into one table; if there are to be several (sections, measures), write [[%[1]s]] with double brackets"}
	kindNoValue = diag.Kind{Code: "toml-syntax",
		UK: "після «%s =» немає значення", EN: "%q = has no value",
		HintUK: "допишіть значення (текст у лапках, число чи дату) або видаліть рядок", HintEN: "write a value (text in quotes, a number or a date) or delete the line"}
	kindUnquoted = diag.Kind{Code: "toml-syntax",
		UK: "значення «%[2]s» треба взяти в лапки", EN: "the value %[2]q must be in quotes",
		HintUK: "текст пишуть у лапках: %[1]s = \"%[2]s\"; без лапок — лише числа, дати та true або false",
		HintEN: "text goes in quotes: %[1]s = \"%[2]s\"; only numbers, dates and true or false go without quotes"}
	kindTrailing = diag.Kind{Code: "toml-syntax",
		UK: "після значення в цьому рядку зайвий текст «%s»", EN: "unexpected text %q after the value on this line",
		HintUK: "в одному рядку — один ключ = значення; коментар починайте знаком #", HintEN: "one key = value per line; start a comment with #"}
	kindInnerQuote = diag.Kind{Code: "toml-syntax",
		UK: "лапка \" усередині тексту закриває його завчасно", EN: "a quote \" inside the text ends it too early",
		HintUK: "усередині тексту пишіть «ялинки» або \\\" замість \", або візьміть увесь текст в одинарні лапки '…'",
		HintEN: "inside the text write «…» or \\\" instead of \", or put the whole text in single quotes '…'"}
	kindListSyntax = diag.Kind{Code: "toml-syntax",
		UK: "у списку […] бракує коми між елементами або закривної дужки ]", EN: "a list […] is missing a comma between items or its closing ]",
		HintUK: "пишіть так: measures = [\"i/1\", \"ii/2-3\"]", HintEN: "write it like this: measures = [\"i/1\", \"ii/2-3\"]"}
	kindInlineTable = diag.Kind{Code: "toml-syntax",
		UK: "таблицю у фігурних дужках {…} треба записати в одному рядку й закрити дужкою }", EN: "a table in braces {…} must be on one line and end with }",
		HintUK: "або запишіть її окремо: рядок [[назва]], під ним ключі, кожен у своєму рядку",
		HintEN: "or write it out: a [[name]] line with its keys below, one per line"}
	kindBadHeader = diag.Kind{Code: "toml-syntax",
		UK: "заголовок таблиці записано неправильно", EN: "the table header is malformed",
		HintUK: "заголовок займає один рядок: [назва], або [[назва]] для кожного з однакових елементів, наприклад [[section.measure]]",
		HintEN: "a header takes one line: [name], or [[name]] for each of several alike, e.g. [[section.measure]]"}
	kindBadEscape = diag.Kind{Code: "toml-syntax",
		UK: "зворотна скісна риска \\ у тексті в лапках \"…\" починає спецсимвол, а «\\%s» таким не є", EN: "a backslash in \"…\" text starts an escape, and \"\\%s\" is not one",
		HintUK: "у шляхах і адресах пишіть / замість \\, подвойте риску (\\\\) або візьміть текст в одинарні лапки '…'",
		HintEN: "write / instead of \\ in paths and addresses, double it (\\\\), or put the text in single quotes '…'"}
	kindBadNumber = diag.Kind{Code: "toml-syntax",
		UK: "число «%s» записано неправильно", EN: "the number %q is malformed",
		HintUK: "пишіть цифри без пробілів і без нулів на початку, дробову частину — через крапку: 2021, 55.5",
		HintEN: "write digits without spaces or leading zeros, decimals with a point: 2021, 55.5"}
	kindBlankKey = diag.Kind{Code: "toml-syntax",
		UK: "перед «=» немає назви ключа", EN: "there is no key before \"=\"",
		HintUK: "допишіть назву ключа (наприклад title = \"…\") або видаліть рядок", HintEN: "write the key's name (e.g. title = \"…\") or delete the line"}
	kindControlChar = diag.Kind{Code: "toml-syntax",
		UK: "у рядку є невидимий керівний символ", EN: "the line has an invisible control character",
		HintUK: "видаліть і наберіть цей фрагмент заново: такі символи потрапляють у текст із Word чи PDF",
		HintEN: "delete and retype this part: such characters come in with text copied from Word or PDF"}

	// Values of the wrong kind and unknown keys, found while decoding.
	kindWrongType = diag.Kind{Code: "wrong-type",
		UK: "«%s» має бути %s, а не %s", EN: "%q must be %s, not %s",
		HintUK: "%[4]s", HintEN: "%[4]s"}
	kindBadDate = diag.Kind{Code: "bad-date",
		UK: "«%s»: %s", EN: "%q: %s",
		HintUK: "%[3]s", HintEN: "%[3]s"}
	kindUnknownKey = diag.Kind{Code: "unknown-key",
		UK: "невідомий ключ «%s»%s", EN: "unknown key %q%s",
		HintUK: "%[3]s", HintEN: "%[3]s"}

	// Numbers that are not finite, or too large to be a plan's figure.
	kindBadNumberValue = diag.Kind{Code: "bad-number",
		UK: "«%s»: %s", EN: "%q: %s",
		HintUK: "напишіть скінченне число, не більше мільйона мільярдів за модулем, наприклад %[1]s = 87",
		HintEN: "write a finite number, at most a million billion either way, e.g. %[1]s = 87"}

	// The shape of the file, checked before it is parsed (limits.go).
	kindLongLine = diag.Kind{Code: "line-too-long",
		UK: "рядок довший за %d символів", EN: "the line is longer than %d characters",
		HintUK: "розбийте його: довгий текст пишіть у потрійних лапках \"\"\"…\"\"\" на кількох рядках, список — по елементу в рядку; такий рядок зазвичай зʼявляється, коли у файл випадково вставлено чужі дані",
		HintEN: "break it up: write long text in triple quotes \"\"\"…\"\"\" over several lines, a list one item a line; such a line usually comes from foreign data pasted into the file by mistake"}
	kindTooDeep = diag.Kind{Code: "too-deep",
		UK: "дані вкладено надто глибоко: найбільша допустима глибина — %d", EN: "the data is nested too deep: at most %d levels are allowed",
		HintUK: "зміст сайту не буває вкладеним глибше кількох рівнів: перевірте дужки [ ] і { } та крапки в назвах ключів — найімовірніше, файл пошкоджено або в нього вставлено чужі дані",
		HintEN: "content never nests more than a few levels: check the brackets [ ] and { } and the dots in key names — most likely the file is damaged or has foreign data pasted in"}
)
