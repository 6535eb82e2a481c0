// want: 12:3: minigo: goto is not supported
package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		fmt.Println(i)
		i++
		goto loop
	}
	fmt.Println("done")
}
