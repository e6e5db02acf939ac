package translit

import "testing"

func TestString(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Освітні", "Osvitni"},
		{"Медичні", "Medychni"},
		{"Соціальні", "Sotsialni"},
		{"Сватове", "Svatove"},
		{"Дубно", "Dubno"},
		{"Згурівка", "Zghurivka"},
		{"Їжакевич", "Yizhakevych"},
		{"Яготин", "Yahotyn"},
		{"Знам'янка", "Znamianka"},
		{"сімʼї", "simi"},
		{"Щербухи", "Shcherbukhy"},
		{"Юрій", "Yurii"},
		{"Київ 2019", "Kyiv 2019"},
	}
	for _, c := range cases {
		if got := String(c.in); got != c.want {
			t.Errorf("String(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSlug(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Освітні послуги ", "osvitni-posluhy"},
		{"Сватівський РЦСССДМ", "svativskyi-rtssssdm"},
		{"звіт за 2024 рік!", "zvit-za-2024-rik"},
		{"---", ""},
	}
	for _, c := range cases {
		if got := Slug(c.in); got != c.want {
			t.Errorf("Slug(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
