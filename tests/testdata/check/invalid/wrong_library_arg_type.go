package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := strings.Split("a,b,c", ',')
	fmt.Println(parts)
}
