package main

func main() {
	var x interface{}
	switch x {
	case func()(nil):
	}
}
