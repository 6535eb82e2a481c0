package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Hello, 世界"
	fmt.Println(len(s), s[0], s[7], s[:5], s[7:])
	fmt.Println(s + "!" + `raw\n string`)
	fmt.Println(reverse(s))
	fmt.Println("abc" < "abd", "b" > "abc", "x" == "x", "" < "a")
	var sb []byte
	sb = append(sb, "bytes"...)
	fmt.Println(string(sb), len(sb))
	t := s
	t += "?"
	fmt.Println(s, t)
	multi := `line one
line two`
	fmt.Println(multi)
	fmt.Println("tab\there", "quote\"", "\u4e16", "\xe4\xb8\x96")
	fmt.Println(string(rune(65)), string([]byte{104, 105}), string([]rune{0x4e16, 0x754c}))
	empty := ""
	fmt.Println(len(empty), empty == "")
	sub := s[2:4]
	fmt.Println(sub, len(sub))
	fmt.Printf("%q %x %X\n", "hi\n", "hi", "hi")
}
