package main

import "fmt"

type Account struct{ balance int }

func main() {
	acc := &Account{balance: 10}
	fmt.Println(acc.Balance)
}
