// go and defer of builtins and library functions: operands are evaluated at the statement.
package main

import (
	"errors"
	"fmt"
	"strings"
)

func main() {
	chs := []chan int{make(chan int, 1), make(chan int, 1)}
	func() {
		for i := 0; i < 2; i++ {
			defer close(chs[i])
		}
	}()
	_, ok0 := <-chs[0]
	_, ok1 := <-chs[1]
	fmt.Println(ok0, ok1)
	x := 1
	defer println("deferred x =", x)
	x = 2
	f := strings.Repeat
	fmt.Println(f("ab", 3), strings.Contains("abc", "b"), errors.New("e"))
	defer fmt.Println(strings.Split("a,b", ","))
}
