package main

func main() {
	n = new(true, int)
	*n++
}
