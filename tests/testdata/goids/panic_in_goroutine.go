package main

import "time"

func main() {
	for i := 0; i < 3; i++ {
		go func(i int) {
			time.Sleep(time.Millisecond)
			if i == 2 {
				var p *int
				println(*p)
			}
		}(i)
	}
	time.Sleep(10 * time.Millisecond)
}
