// want: 4:8: minigo: package os is not supported
package main

import "os"

func main() {
	os.Stdout.WriteString("hello from os\n")
	os.Exit(3)
}
