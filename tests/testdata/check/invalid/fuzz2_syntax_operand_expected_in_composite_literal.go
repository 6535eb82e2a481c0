package main

func main() {
	_ = map[int]int{: 1}
}
