package main

import "fmt"

type Color uint8

const (
	Red   Color = 1
	Green Color = 2
	Blue  Color = Red + Green + 1
)

type Millis int64

const Second Millis = 1000
const Minute = 60 * Second

const Greeting string = "hello"
const Enabled bool = 3 > 2
const Eps float32 = 1e-3

func main() {
	fmt.Println(Red, Green, Blue)
	fmt.Printf("%T %T %T\n", Blue, Minute, Greeting)
	fmt.Println(Minute, Minute/Second)
	fmt.Println(Greeting+", world", len(Greeting))
	fmt.Println(Enabled, !Enabled)
	fmt.Println(Eps)
	var c Color = Blue * 2
	fmt.Println(c)
	const n = len(Greeting)
	var arr [n]byte
	fmt.Println(len(arr))
	const mask = ^uint16(0)
	fmt.Println(mask)
	const neg = -5
	fmt.Println(uint8(neg + 10))
}
