package main

import "fmt"

func main() {
	zero := 0.0
	pos := 1 / zero
	neg := -1 / zero
	nan := zero / zero
	fmt.Println(pos, neg, nan)
	fmt.Println(pos > 1e308, neg < -1e308, nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(pos+neg, pos*0, pos-pos, pos+1, -pos)
	fmt.Printf("%v %f %e %g %.2f\n", pos, neg, nan, pos, nan)
	fmt.Printf("%5.1f|%-6v|%+v\n", pos, nan, pos)
	var f32 float32 = 0
	fmt.Println(1/f32, -1/f32, f32/f32)
	big := 1e308
	fmt.Println(big*10, -big*10, big*10-big*10)
	m := map[float64]int{nan: 1}
	m[nan] = 2
	fmt.Println(len(m))
}
