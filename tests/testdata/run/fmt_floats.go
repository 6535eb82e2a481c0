package main

import "fmt"

func main() {
	fs := []float64{0, 1, 0.5, -2.25, 1e6, 1e-5, 123456789, 1.0 / 3, 2.0 / 3, 1e21, 100}
	for _, f := range fs {
		fmt.Println(f, fmt.Sprintf("%v|%g|%.3g|%e|%.1e|%f|%.0f|%6.2f|%-8.1f|%+g", f, f, f, f, f, f, f, f, f, f))
	}
	var f32 float32 = 1.1
	fmt.Println(f32, float64(f32), f32*f32)
	fmt.Printf("%v %g %.10f\n", f32, f32, f32)
	fmt.Printf("%08.2f|%+08.2f|%-08.2f|\n", 3.14159, 3.14159, 3.14159)
	fmt.Printf("%#g %#.3g %#v\n", 1.0, 2.5, 3.0)
	fmt.Printf("%#v %#v %#v\n", 1e6, 1e-7, float32(0.25))
	fmt.Println([]float64{1, 2.5, 1e7}, map[string]float64{"pi": 3.14159})
}
