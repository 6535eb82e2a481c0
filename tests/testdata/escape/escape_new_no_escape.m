escape_new_no_escape.go:8:10: new(T) does not escape
escape_new_no_escape.go:10:7: &T{...} does not escape
escape_new_no_escape.go:15:12: new(T) escapes to heap
escape_new_no_escape.go:19:13: ... argument does not escape
escape_new_no_escape.go:19:19: local() escapes to heap
escape_new_no_escape.go:19:33: returned().a escapes to heap
