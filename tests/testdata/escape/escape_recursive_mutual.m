escape_recursive_mutual.go:5:20: seen does not escape
escape_recursive_mutual.go:13:19: seen does not escape
escape_recursive_mutual.go:23:18: leaking param: p
escape_recursive_mutual.go:30:18: leaking param: p
escape_recursive_mutual.go:37:2: moved to heap: v
escape_recursive_mutual.go:38:13: ... argument does not escape
escape_recursive_mutual.go:38:20: isEven(4, &c) escapes to heap
escape_recursive_mutual.go:38:20: c escapes to heap
escape_recursive_mutual.go:38:32: *ping(2, &v) escapes to heap
