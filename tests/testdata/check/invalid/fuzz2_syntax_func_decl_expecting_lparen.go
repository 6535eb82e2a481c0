package main

func main) {
}
