package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	a := 1
	b := 2
	fmt.Println("hi")
}
