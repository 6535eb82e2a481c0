package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func total() int {
	var mu sync.Mutex
	t := 0
	for i := 1; i <= 4; i++ {
		mu.Lock()
		t += i
		mu.Unlock()
	}
	return t
}

func main() {
	var a Account
	a.Deposit(10)
	a.Deposit(5)
	fmt.Println(a.balance, total())
}
