package main

func main() {
	for i := 0; < 3; i++ {
	}
}
