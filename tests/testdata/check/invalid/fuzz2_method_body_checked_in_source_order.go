package main

type T int

func (T) M() int { return "m" }

func f1() int { return "a" }
func f2() int { return "a" }
func f3() int { return "a" }
func f4() int { return "a" }
func f5() int { return "a" }
func f6() int { return "a" }
func f7() int { return "a" }
func f8() int { return "a" }
func f9() int { return "a" }
func f10() int { return "a" }
func f11() int { return "a" }

func main() {}
