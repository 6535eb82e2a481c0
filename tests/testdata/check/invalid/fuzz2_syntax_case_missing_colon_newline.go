package main

func main() {
	switch {
	case false
	}
}
