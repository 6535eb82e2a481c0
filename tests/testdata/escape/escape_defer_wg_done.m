escape_defer_wg_done.go:8:20: out does not escape
escape_defer_wg_done.go:8:31: leaking param: wg
escape_defer_wg_done.go:15:6: moved to heap: wg
escape_defer_wg_done.go:14:13: make([]int, 4) escapes to heap
escape_defer_wg_done.go:21:13: ... argument does not escape
escape_defer_wg_done.go:21:13: out escapes to heap
