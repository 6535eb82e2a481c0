package main

import "fmt"

func main() {
	// Five levels: * / % << >> & &^   then + - | ^   then comparisons, &&, ||.
	fmt.Println(2+3*4, (2+3)*4)
	fmt.Println(1<<2+1, 1<<(2+1))
	fmt.Println(6&3|8, 6&(3|8))
	fmt.Println(10-4-3, 10-(4-3))
	fmt.Println(100/10/5, 100/(10/5))
	fmt.Println(7&^5+1, 7&^(5+1))
	fmt.Println(1+2 == 3 && 4 < 5 || false)
	fmt.Println(true || false && false, (true || false) && false)
	fmt.Println(5^1+2, 5^(1+2))
	fmt.Println(-2*-3, - -4, ^-1)
	fmt.Println(3*4%5, 3*(4%5), 2*3<<1)
	x := 6
	fmt.Println(x > 5 == true, !(x > 5) == false)
	p := &x
	fmt.Println(*p * 2, -*p, *p+1)
	fmt.Println(1 + 2<<3*2, 1+((2<<3)*2))
	a := []int{1, 2, 3}
	fmt.Println(-a[1]+a[2]*a[0], len(a)*2-1)
}
