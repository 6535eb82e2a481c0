package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	owner   string
	balance int
	history []string
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.owner, ErrInsufficient)
	}
	a.balance -= n
	return nil
}

func (a *Account) Log(entry string) {
	a.mu.Lock()
	a.history = append(a.history, entry)
	a.mu.Unlock()
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func main() {
	acct := &Account{owner: "sam"}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			acct.Deposit(10)
		}()
		go func() {
			defer wg.Done()
			acct.Deposit(5)
		}()
	}
	wg.Wait()
	fmt.Println("balance:", acct.Balance())
	if err := acct.Withdraw(10000); err != nil {
		fmt.Println(err, err == ErrInsufficient)
	}
	if err := acct.Withdraw(700); err == nil {
		acct.Log("withdrew 700")
	}
	fmt.Println("balance:", acct.Balance(), acct.history)
}
