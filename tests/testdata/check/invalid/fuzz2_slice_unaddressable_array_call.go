package main

func main() {
	f := func() [3]int { return [3]int{} }
	_ = f()[:]
}
