package main

// Capacities of string conversions follow where the runtime put the result: a 32-byte
// stack buffer for a result that does not escape, a size class on the heap, or exactly
// the length for a constant string.

var sink []byte
var runes []rune
var str string

func main() {
	s := "hello"
	b := []byte(s)
	println("[]byte(s), stack buffer:", len(b), cap(b))
	long := s + s + s + s + s + s + s
	b2 := []byte(long)
	println("[]byte(35 bytes):", len(b2), cap(b2))
	sink = []byte(s)
	println("[]byte(s), escapes:", cap(sink))
	b3 := []byte("hello")
	println("[]byte(constant):", cap(b3))
	sink = []byte("hello, world")
	println("[]byte(constant), escapes:", cap(sink))
	e := ""
	sink = []byte(e)
	println("[]byte(empty), escapes:", cap(sink))
	x := "héllo"
	r := []rune(x)
	println("[]rune(s), stack buffer:", len(r), cap(r))
	runes = []rune(x)
	println("[]rune(s), escapes:", len(runes), cap(runes))
	runes = []rune("héllo")
	println("[]rune(constant), escapes:", cap(runes))
	str = string(b2)
	t := string(b)
	println(len(str), len(t), str[:5], t)
	bs := make([]byte, 0, 5)
	bs = append(bs, s...)
	println(cap(bs))
}
