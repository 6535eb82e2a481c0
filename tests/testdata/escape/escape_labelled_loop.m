escape_labelled_loop.go:11:4: moved to heap: v
escape_labelled_loop.go:26:13: ... argument does not escape
escape_labelled_loop.go:26:17: len(found) escapes to heap
escape_labelled_loop.go:26:26: *found[0] escapes to heap
