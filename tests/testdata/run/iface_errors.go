package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func find(k string) (int, error) {
	if k == "x" {
		return 1, nil
	}
	return 0, fmt.Errorf("find %q: %w", k, ErrNotFound)
}

func parse(s string) error {
	if s == "" {
		return &ParseError{3, "empty"}
	}
	return nil
}

func main() {
	v, err := find("x")
	fmt.Println(v, err, err == nil)
	_, err = find("y")
	fmt.Println(err)
	fmt.Println(err == ErrNotFound, err.Error())
	wrapped := fmt.Errorf("outer: %v", err)
	fmt.Println(wrapped)
	fmt.Printf("%v|%s|%q|%T\n", wrapped, wrapped, ErrNotFound, ErrNotFound)
	perr := parse("")
	fmt.Println(perr)
	if pe, ok := perr.(*ParseError); ok {
		fmt.Println("line", pe.Line)
	}
	fmt.Println(parse("ok") == nil)
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
}
