escape_make_map_and_chan.go:6:11: make(map[int]int) does not escape
escape_make_map_and_chan.go:14:18: maps() escapes to heap:
escape_make_map_and_chan.go:14:18:   flow: {storage for ... argument} = &{storage for maps()}:
escape_make_map_and_chan.go:14:18:     from maps() (spill) at escape_make_map_and_chan.go:14:18
escape_make_map_and_chan.go:14:18:     from ... argument (slice-literal-element) at escape_make_map_and_chan.go:14:13
escape_make_map_and_chan.go:14:18:   flow: {heap} = {storage for ... argument}:
escape_make_map_and_chan.go:14:18:     from ... argument (spill) at escape_make_map_and_chan.go:14:13
escape_make_map_and_chan.go:14:18:     from fmt.Println(... argument...) (call parameter) at escape_make_map_and_chan.go:14:13
escape_make_map_and_chan.go:14:13: ... argument does not escape
escape_make_map_and_chan.go:14:18: maps() escapes to heap
