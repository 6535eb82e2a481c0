package main

func string() (int, string) {
	return 0, 0
}

func main() {}
