package main

func main() {
	// print and println write to standard error, without fmt's formatting.
	println("hello", 42, true)
	println(3.0, 0.1, -2.5)
	print("no", "spaces", 1, 2, "\n")
	var p *int
	println(p == nil)
	x := 'a'
	println(x, uint8(200), int64(-7))
	println()
	print("done\n")
}
