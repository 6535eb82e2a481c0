escape_global_append.go:8:13: leaking param: msg
escape_global_append.go:8:25: moved to heap: v
escape_global_append.go:16:13: ... argument does not escape
escape_global_append.go:16:17: len(log) escapes to heap
escape_global_append.go:16:27: log[1] escapes to heap
escape_global_append.go:16:32: *seen[0] escapes to heap
