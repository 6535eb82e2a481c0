package main

import (
	"errors"
	"fmt"
)

type Stack struct {
	items []rune
}

func (s *Stack) Push(r rune) { s.items = append(s.items, r) }

func (s *Stack) Pop() (rune, error) {
	if len(s.items) == 0 {
		return 0, errors.New("empty stack")
	}
	r := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return r, nil
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top != pairs[r] {
				return false
			}
		}
	}
	return len(st.items) == 0
}

type Queue struct {
	buf        []int
	head, size int
}

func NewQueue(capacity int) *Queue { return &Queue{buf: make([]int, capacity)} }

func (q *Queue) Enqueue(v int) bool {
	if q.size == len(q.buf) {
		return false
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
	return true
}

func (q *Queue) Dequeue() (int, bool) {
	if q.size == 0 {
		return 0, false
	}
	v := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func main() {
	for _, s := range []string{"(a[b]{c})", "(]", "((", ""} {
		fmt.Printf("%q balanced: %v\n", s, balanced(s))
	}
	q := NewQueue(3)
	for i := 1; i <= 4; i++ {
		fmt.Print(q.Enqueue(i), " ")
	}
	fmt.Println()
	v, _ := q.Dequeue()
	q.Enqueue(5)
	fmt.Print(v, ": ")
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
}
