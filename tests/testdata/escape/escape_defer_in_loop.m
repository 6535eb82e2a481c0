escape_defer_in_loop.go:7:21: "deferred" escapes to heap
escape_defer_in_loop.go:7:21: i escapes to heap
escape_defer_in_loop.go:7:20: ... argument does not escape
escape_defer_in_loop.go:9:13: ... argument does not escape
escape_defer_in_loop.go:9:14: "loop over" escapes to heap
