// Type declarations whose amd64 sizes, alignments and field offsets minigo must
// get exactly as Go does. Only types live here (minigo rejects "unsafe"):
// scripts/regen_sizes.py adds a second file that prints unsafe.Sizeof,
// unsafe.Alignof and unsafe.Offsetof for every type and field below, runs it
// with real Go, and records the output in sizes.golden. tests/types/test_sizes.py
// compares minigo's numbers with that golden.
package main

import (
	"strings"
	"sync"
	"time"
)

// ---------------------------------------------------------------- basic types

type Int int
type Int8 int8
type Int16 int16
type Int32 int32
type Int64 int64
type Uint uint
type Uint8 uint8
type Uint16 uint16
type Uint32 uint32
type Uint64 uint64
type Uintptr uintptr
type Float32 float32
type Float64 float64
type Bool bool
type String string
type Byte byte
type Rune rune
type Duration time.Duration
type Named2 Int16 // a named type of a named type

// ---------------------------------------------------------------- reference-like types

type PtrInt *int
type PtrPtrInt **int
type PtrStruct *Padded
type PtrEmpty *struct{}
type SliceInt []int
type SliceByte []byte
type SliceString []string
type SliceStruct []Padded
type SliceEmpty []struct{}
type MapStringInt map[string]int
type MapIntStruct map[int]Padded
type ChanInt chan int
type ChanRecv <-chan string
type ChanSend chan<- struct{}
type ChanBig chan [1000]int
type Func func()
type FuncArgs func(int, string) (bool, error)
type FuncVariadic func(format string, args ...interface{}) string

// ---------------------------------------------------------------- interfaces

type Empty interface{}
type Stringer interface{ String() string }
type ReadWriter interface {
	Read(p []byte) (int, error)
	Write(p []byte) (int, error)
}
type Embeds interface {
	Stringer
	Close() error
}
type Error error

// ---------------------------------------------------------------- arrays

type ArrInt0 [0]int
type ArrString0 [0]string
type ArrStruct0 [0]Padded
type ArrByte1 [1]byte
type ArrByte3 [3]byte
type ArrByte7 [7]byte
type ArrBool3 [3]bool
type ArrInt16x5 [5]int16
type ArrInt32x3 [3]int32
type ArrFloat32x3 [3]float32
type ArrInt64x7 [7]int64
type ArrString4 [4]string
type ArrPtr2 [2]*int
type ArrSlice2 [2][]int
type ArrIface2 [2]interface{}
type ArrMap2 [2]map[string]int
type ArrEmpty5 [5]struct{}
type ArrArr2x3 [2][3]int16
type ArrPadded3 [3]Padded
type ArrMixed3 [3]Mixed3
type ArrOddStruct4 [4]Odd
type ArrMutex2 [2]sync.Mutex
type ArrBig1000 [1000]int
type ArrHuge [10 << 20]byte
type ArrHugeStruct [1 << 16]Mixed1

// ---------------------------------------------------------------- structs: padding

type EmptyStruct struct{}

type OneByte struct{ a byte }

type BoolPair struct{ a, b bool }

type Odd struct {
	a [3]byte
	b byte
	c byte
}

// byte, int64, byte: 7 bytes of padding twice
type Padded struct {
	a byte
	b int64
	c byte
}

// the same fields, largest first
type Reordered struct {
	b int64
	a byte
	c byte
}

// int32, byte, int16
type Mixed1 struct {
	a int32
	b byte
	c int16
}

type Mixed2 struct {
	a byte
	b int16
	c byte
	d int32
}

type Mixed3 struct {
	a int16
	b byte
	c int64
	d byte
	e int32
}

type MultiNames struct {
	a, b byte
	c, d int64
	e, f int16
}

type Float32Mix struct {
	a float32
	b float64
	c float32
}

type Float32Pair struct {
	a, b float32
	c byte
}

type RuneMix struct {
	a rune
	b byte
	c rune
	d bool
}

type UintptrMix struct {
	a byte
	p uintptr
	b uint16
}

type AllSmall struct {
	a int8
	b uint8
	c int16
	d uint16
	e bool
}

type BlankField struct {
	a byte
	_ int32
	b byte
}

// ---------------------------------------------------------------- structs: zero-size fields

// Go pads a non-empty struct whose last field has size zero, so that the
// address of that field never points past the object.
type TrailingEmpty struct {
	a int64
	z struct{}
}

type TrailingEmptyByte struct {
	a byte
	z struct{}
}

type TrailingZeroArray struct {
	a int32
	z [0]int64
}

type TrailingEmptyArray struct {
	a int64
	e [10]struct{}
}

type TrailingTwoEmpty struct {
	a int32
	y struct{}
	z struct{}
}

type MiddleEmpty struct {
	a int32
	z struct{}
	b int32
}

type LeadingZeroArray struct {
	z [0]int64
	a byte
}

// only zero-size fields: the struct has size zero, no padding
type OnlyEmpty struct {
	z struct{}
}

type OnlyZeroSize struct {
	a struct{}
	b [0]int64
	c EmptyStruct
}

type EndsInOnlyEmpty struct {
	a int32
	e OnlyEmpty
}

type EndsInZeroArrayOfStructs struct {
	a byte
	z [0]Padded
}

type ArrTrailingEmptyByte3 [3]TrailingEmptyByte
type ArrOnlyZeroSize4 [4]OnlyZeroSize

// ---------------------------------------------------------------- structs: nesting, embedding

type Nested struct {
	p Padded
	x byte
}

type NestedMiddle struct {
	a byte
	m Mixed1
	b byte
}

type AnonField struct {
	s struct {
		a byte
		b int16
	}
	c byte
}

type Deep struct {
	x struct {
		y struct {
			z int16
			w byte
		}
		v byte
	}
	u int64
}

type StructArrays struct {
	a [2]Mixed2
	b byte
}

type EmbedValue struct {
	Padded
	x int32
}

type EmbedPointer struct {
	*Padded
	x byte
}

type EmbedBoth struct {
	a byte
	Mixed1
	*Nested
	OneByte
}

type EmbedEmpty struct {
	EmptyStruct
	x int16
}

type Derived Padded // a defined type with a struct underlying type

type LinkedList struct {
	val  int
	next *LinkedList
}

type Tree struct {
	left, right *Tree
	val         int32
}

type Node struct {
	kids []Node
	name string
	up   *Node
}

// ---------------------------------------------------------------- structs: arrays of bytes

type BytesAndInts struct {
	a [3]byte
	b int32
	c [5]byte
}

type BytesOnly struct {
	a [7]byte
	b [9]byte
}

type BufferHeader struct {
	n   int
	buf [64]byte
	ok  bool
}

type BigStruct struct {
	a   byte
	arr [10 << 20]byte
	c   int64
}

type ThousandInts struct {
	a   byte
	arr [1000]int
}

// ---------------------------------------------------------------- structs: other field kinds

type WithString struct {
	a byte
	s string
	b byte
}

type WithSlice struct {
	a bool
	s []int
	b int16
}

type WithInterfaces struct {
	a byte
	e error
	i interface{}
	s Stringer
}

type WithRefs struct {
	m map[string]int
	c chan int
	f func()
	b byte
}

type WithFuncs struct {
	a  byte
	cb func(int) int
	fs []func()
}

// ---------------------------------------------------------------- library types

type WaitGroup sync.WaitGroup
type Mutex sync.Mutex
type Builder strings.Builder

type WithWaitGroup struct {
	a  byte
	wg sync.WaitGroup
	b  byte
}

type WithMutex struct {
	a  byte
	mu sync.Mutex
	b  byte
}

type WithMutexPtr struct {
	mu *sync.Mutex
	n  int32
}

type WithBuilder struct {
	b strings.Builder
	x byte
}

type WithDuration struct {
	a int32
	d time.Duration
	b int32
}

type Counter struct {
	sync.Mutex
	counts map[string]int
	total  int64
	done   bool
}

type Pool struct {
	wg      sync.WaitGroup
	mu      sync.Mutex
	jobs    chan func()
	results []string
	timeout time.Duration
	sb      strings.Builder
	closed  bool
}

func main() {}
