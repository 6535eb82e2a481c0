package main

import "fmt"

type Meters float64
type Feet float64
type Name string
type Bytes []byte
type IntPtr *int

func main() {
	i := 65
	f := float64(i) / 2
	fmt.Println(f, int(f), int64(f*3))
	fmt.Println(string(rune(i)), string(rune(0x4e16)))
	var m Meters = 10
	ft := Feet(m * 3.28084)
	fmt.Printf("%.2f %T\n", ft, ft)

	s := "hello"
	bs := []byte(s)
	rs := []rune("héllo")
	fmt.Println(bs, rs, string(bs[1:3]), string(rs[1]))
	n := Name(s)
	fmt.Println(n, string(n)+"!", Bytes(s))

	var big int64 = 1 << 40
	fmt.Println(int32(big), int16(big+5), uint8(big+300))
	var neg int = -2
	fmt.Println(uint(neg) > 0, uint16(neg))
	fl := -1.75
	fmt.Println(int(fl), uint8(int(fl)+10))
	var f32 float32 = float32(1) / 3
	fmt.Println(f32, float64(f32))

	x := 7
	var ip IntPtr = IntPtr(&x)
	fmt.Println(*ip)
	var iface interface{} = Meters(3)
	fmt.Println(iface)
	fn := (func(int) int)(func(v int) int { return v + 1 })
	fmt.Println(fn(1))
	ch := (chan int)(make(chan int, 1))
	var recv <-chan int = (<-chan int)(ch)
	ch <- 9
	fmt.Println(<-recv, (*int)(&x) == &x)
	var up uintptr = uintptr(x)
	fmt.Println(up, byte(x)+1, rune(x))
}
