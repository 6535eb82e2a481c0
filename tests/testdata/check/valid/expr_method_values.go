package main

import "fmt"

type Account struct {
	owner   string
	balance int
}

func (a *Account) Deposit(n int) { a.balance += n }
func (a Account) Balance() int   { return a.balance }
func (a Account) Owner() string  { return a.owner }

type Op func(int)

func repeat(n int, f Op, arg int) {
	for i := 0; i < n; i++ {
		f(arg)
	}
}

func main() {
	acc := &Account{owner: "kim"}
	deposit := acc.Deposit // method value bound to acc
	deposit(10)
	deposit(5)
	repeat(3, deposit, 100)
	fmt.Println(acc.Balance())

	// A value-receiver method value copies the receiver when evaluated.
	v := Account{owner: "lee", balance: 1}
	bal := v.Balance
	v.balance = 99
	fmt.Println(bal(), v.Balance())

	fns := []func() string{acc.Owner, v.Owner}
	for _, f := range fns {
		fmt.Println(f())
	}
	get := acc.Balance
	acc.Deposit(1)
	fmt.Println(get(), acc.Balance())
}
