package main

func main() {
	m := map[int]bool{}
	func()(m)[1] = true
}
