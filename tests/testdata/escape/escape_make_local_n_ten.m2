escape_make_local_n_ten.go:7:11: make([]int, n) escapes to heap:
escape_make_local_n_ten.go:7:11:   flow: {heap} = &{storage for make([]int, n)}:
escape_make_local_n_ten.go:7:11:     from make([]int, n) (non-constant size) at escape_make_local_n_ten.go:7:11
escape_make_local_n_ten.go:7:11: make([]int, n) escapes to heap
escape_make_local_n_ten.go:12:21: tenMake() escapes to heap:
escape_make_local_n_ten.go:12:21:   flow: {storage for ... argument} = &{storage for tenMake()}:
escape_make_local_n_ten.go:12:21:     from tenMake() (spill) at escape_make_local_n_ten.go:12:21
escape_make_local_n_ten.go:12:21:     from ... argument (slice-literal-element) at escape_make_local_n_ten.go:12:13
escape_make_local_n_ten.go:12:21:   flow: {heap} = {storage for ... argument}:
escape_make_local_n_ten.go:12:21:     from ... argument (spill) at escape_make_local_n_ten.go:12:13
escape_make_local_n_ten.go:12:21:     from fmt.Println(... argument...) (call parameter) at escape_make_local_n_ten.go:12:13
escape_make_local_n_ten.go:12:13: ... argument does not escape
escape_make_local_n_ten.go:12:21: tenMake() escapes to heap
