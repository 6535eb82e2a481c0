package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Value int
	Next  *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) PushFront(v int) {
	l.head = &Node{Value: v, Next: l.head}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &Node{Value: v}
	if l.head == nil {
		l.head = n
	} else {
		cur := l.head
		for cur.Next != nil {
			cur = cur.Next
		}
		cur.Next = n
	}
	l.size++
}

func (l *List) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Value == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l List) String() string {
	var sb strings.Builder
	sb.WriteByte('[')
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			sb.WriteString(" -> ")
		}
		sb.WriteString(fmt.Sprint(n.Value))
	}
	sb.WriteByte(']')
	return sb.String()
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(0)
	fmt.Println(l, l.size)
	fmt.Println(l.Remove(30), l.Remove(99))
	fmt.Println(l)
	l.Reverse()
	fmt.Println(l.String(), l.size)
}
