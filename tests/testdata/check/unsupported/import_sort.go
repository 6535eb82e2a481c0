// want: 6:2: minigo: package sort is not supported
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := strings.Split("pear apple fig", " ")
	sort.Strings(words)
	fmt.Println(words)
}
