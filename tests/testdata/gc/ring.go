package main

import "fmt"

// A ring of live buffers replaced round-robin: the live heap stays near
// ringSize*bufLen bytes (1.5 MB) while the program allocates about 40 MB in all,
// so the collector runs at a steady 4 MB goal.

const ringSize = 48
const bufLen = 32 * 1024
const rounds = 1200

func fill(b []byte, seed int) {
	for i := 0; i < len(b); i += 512 {
		b[i] = byte(seed + i/512)
	}
}

func main() {
	ring := make([][]byte, ringSize)
	sum := 0
	for r := 0; r < rounds; r++ {
		slot := r % ringSize
		old := ring[slot]
		if old != nil {
			sum += int(old[0]) + int(old[len(old)-512])
		}
		b := make([]byte, bufLen)
		fill(b, r)
		ring[slot] = b
	}
	for _, b := range ring {
		sum += int(b[0])
	}
	fmt.Println("rounds:", rounds, "slots:", len(ring))
	fmt.Println("checksum:", sum)
}
