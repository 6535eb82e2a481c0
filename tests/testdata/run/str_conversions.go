package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	b := []byte("hello")
	b[0] = 'H'
	fmt.Println(string(b), b, len(b), cap(b) >= 5)
	r := []rune("héllo世")
	fmt.Println(len(r), r, string(r[1]), string(r))
	r[0] = '¡'
	fmt.Println(string(r))
	s := string([]byte{0xe4, 0xb8, 0x96, 0x41})
	fmt.Println(s, len(s))
	bs := []byte("abc")
	s2 := string(bs)
	bs[0] = 'z'
	fmt.Println(s2, string(bs))
	fmt.Println(string([]rune{0x48, 0x69, 0x1F600}))
	var x byte = 'q'
	fmt.Println(x, string(x), string(rune(x)+1))
	fmt.Printf("%q %q\n", string(rune(0xD800)), "\xff")
}
