package main

func f() (func(), int func()) {
	return nil, nil
}

func main() {}
