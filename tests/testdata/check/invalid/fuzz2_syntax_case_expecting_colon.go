package main

func main() {
	v := 1
	switch {
	case v!2 == 1:
	}
}
