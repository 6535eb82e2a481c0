package main

func main() {
	var v interface{}
	var x int
	switch x = v.(type) {
	}
	_ = x
}
