package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
	Issue string
}

func (v ValidationError) Error() string {
	return v.Field + ": " + v.Issue
}

func validate(age int) error {
	if age < 0 {
		return ValidationError{"age", "negative"}
	}
	if age > 150 {
		return fmt.Errorf("age %d is implausible", age)
	}
	return nil
}

func find(id int) (string, error) {
	if id != 1 {
		return "", fmt.Errorf("find %d: %w", id, ErrNotFound)
	}
	return "one", nil
}

func main() {
	for _, a := range []int{30, -1, 200} {
		if err := validate(a); err != nil {
			fmt.Println("invalid:", err)
		} else {
			fmt.Println("valid:", a)
		}
	}
	name, err := find(1)
	fmt.Println(name, err)
	_, err = find(2)
	fmt.Println(err)
	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, e1 == e1, e1.Error() == e2.Error())
	var ve error = ValidationError{"f", "bad"}
	if v, ok := ve.(ValidationError); ok {
		fmt.Println("field", v.Field)
	}
	fmt.Printf("%v|%s|%q\n", ErrNotFound, ErrNotFound, ErrNotFound)
}
