package main

func main() {
	_ = map[func()]int{}
}
