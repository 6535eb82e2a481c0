escape_make_map_and_chan.go:6:11: make(map[int]int) does not escape
escape_make_map_and_chan.go:14:13: ... argument does not escape
escape_make_map_and_chan.go:14:18: maps() escapes to heap
