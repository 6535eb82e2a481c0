package main

func main() {
	s := 0
	for i := 0; i < 3; i++ {
		j := i * 2
		s += j
	}
	if k := s; k > 2 {
		s++
	}
	switch t := s; {
	case t > 1:
		u := 1
		s += u
	default:
	}
	println(s)
}
