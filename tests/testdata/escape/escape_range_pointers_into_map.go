package main

import "fmt"

type User struct {
	name string
	age  int
}

func index(users []*User) map[string]*User {
	m := make(map[string]*User)
	for _, u := range users {
		m[u.name] = u
	}
	return m
}

func main() {
	users := []*User{{"ann", 30}, {"bob", 25}}
	m := index(users)
	fmt.Println(m["bob"].age, len(m))
}
