package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true!"
		}
		return "false!"
	case []int:
		return fmt.Sprint("slice ", len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case Celsius:
		return fmt.Sprintf("%.1f C", float64(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "hey", true, false, []int{1, 2}, errors.New("bad"),
		Celsius(21.5), func() int { return 9 }, 3.5, map[string]int{}, struct{}{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
}
