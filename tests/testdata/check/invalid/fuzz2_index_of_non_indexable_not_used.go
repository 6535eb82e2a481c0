package main

func main() {
	i := 0
	f := func() {}
	f[i] = 1
}
