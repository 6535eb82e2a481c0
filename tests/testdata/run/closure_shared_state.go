package main

import "fmt"

type Bank struct {
	deposit  func(int)
	withdraw func(int) bool
	balance  func() int
}

func newBank() Bank {
	bal := 0
	var history []int
	return Bank{
		deposit: func(n int) {
			bal += n
			history = append(history, n)
		},
		withdraw: func(n int) bool {
			if n > bal {
				return false
			}
			bal -= n
			history = append(history, -n)
			return true
		},
		balance: func() int {
			fmt.Println("history", history)
			return bal
		},
	}
}

func main() {
	b := newBank()
	b.deposit(100)
	fmt.Println(b.withdraw(30), b.withdraw(100))
	b.deposit(5)
	fmt.Println(b.balance())
	adders := make([]func(int) int, 0)
	for _, d := range []int{1, 10, 100} {
		adders = append(adders, makeAdder(d))
	}
	v := 0
	for _, a := range adders {
		v = a(v)
	}
	fmt.Println(v)
}

func makeAdder(d int) func(int) int {
	return func(x int) int { return x + d }
}
