package main

type T struct {
	a (int)
	b (*T)
}

func f(a (int), b ([]string)) (int) { return a + len(b) }

func main() {
	var t T
	t.a = f(2, []string{"x"})
	println(t.a, t.b == nil)
}
