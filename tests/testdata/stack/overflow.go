package main

//minigo:max-stack 64KB

func f(n int) int {
	return f(n+1) + 1
}

func main() {
	println(f(0))
}
