package main

func main() {
	ok := true
	if /ok {
	}
}
