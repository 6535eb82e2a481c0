// want: 6:2: minigo: package unsafe is not supported
package main

import (
	"fmt"
	"unsafe"
)

type Pair struct {
	a int8
	b int64
}

func main() {
	fmt.Println(unsafe.Sizeof(Pair{}), unsafe.Alignof(int64(0)))
}
