package main

func f() *[]byte(1) {
	return nil
}

func main() {}
