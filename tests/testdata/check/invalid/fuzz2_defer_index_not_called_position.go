package main

func main() {
	arr := []func(){nil}
	defer
		arr[0]
}
