package main

import "fmt"

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

func upper(b byte) byte {
	if b >= 'a' && b <= 'z' {
		return b - 'a' + 'A'
	}
	return b
}

func main() {
	var b byte = 'A'
	var r rune = 'é'
	fmt.Println(b, r, string(r), string(rune(b)))
	fmt.Printf("%c %c %U %q\n", b, r, r, r)
	fmt.Printf("%T %T\n", b, r)
	var u8 uint8 = b // byte is an alias for uint8
	var i32 int32 = r // rune is an alias for int32
	fmt.Println(u8, i32)

	s := "hello"
	bs := []byte(s)
	for i := range bs {
		bs[i] = upper(bs[i])
	}
	fmt.Println(string(bs), bs)

	vowels := 0
	for _, c := range "education" {
		if isVowel(c) {
			vowels++
		}
	}
	fmt.Println(vowels)
	rs := []rune("héllo, 世界")
	fmt.Println(len(rs), string(rs[7:]), rs[1])
	fmt.Println('\n', '\t', '\\', '\'', '\x41', '\u00e9', '\101')
	fmt.Println(b+1, r-1, '9'-'0')
}
