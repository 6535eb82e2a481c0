package main

import "fmt"

type ValidationError struct {
	Field string
	Code  int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", e.Field, e.Code)
}

func validate(name string) error {
	if name == "" {
		return &ValidationError{"name", 17}
	}
	return nil
}

func main() {
	if err := validate("bob"); err != nil {
		panic(err)
	}
	fmt.Println("bob is valid")
	if err := validate(""); err != nil {
		panic(err)
	}
}
