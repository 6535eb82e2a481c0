package main

func main() {
	var v interface{}
	switch x, y := v.(type) {
	}
}
