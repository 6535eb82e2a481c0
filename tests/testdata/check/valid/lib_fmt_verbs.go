package main

import "fmt"

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

func main() {
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%d %+d %5d|%-5d|%05d\n", 42, 42, 42, 42, 42)
	fmt.Printf("%b %o %x %X %#x %#o\n", 10, 10, 255, 255, 255, 8)
	fmt.Printf("%c %q %U %#U\n", 65, 'g', 0x1F600, 'x')
	fmt.Printf("%e %E %f %.3f %g %G\n", 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1e-7)
	fmt.Printf("%8.2f|%-8.2f|%+.1f|% .1f\n", 3.14159, 3.14159, 2.0, 2.0)
	fmt.Printf("%s %q %x % x %10s|%-10s|\n", "go", "go", "go", "go", "right", "left")
	fmt.Printf("%.2s %5.1s|\n", "abcdef", "xyz")
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%v %s %d\n", Level(3), Level(4), Level(5))
	fmt.Printf("%v %v\n", []string{"a", "b"}, [2]bool{true})
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%x %X\n", []byte("hi"), "hi")
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%d %v\n", []int{1, 2}, map[string]int{"z": 26, "a": 1, "m": 13})
	fmt.Printf("%5t|%-7v|\n", true, false)
	fmt.Printf("%d%%\n", 50)
	// Error forms.
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 5)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Println(fmt.Sprintf("%v|%6.2v|%v", 1e6, 3.14159, 1e-5))
	var ip *int
	var e error
	fmt.Printf("%v %v %d\n", ip, e, []interface{}{1, "a", nil})
}
