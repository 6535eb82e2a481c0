escape_closure_large_capture.go:6:6: large capturing by ref: a (addr=false assign=false width=136)
escape_closure_large_capture.go:8:9: func literal escapes to heap:
escape_closure_large_capture.go:8:9:   flow: ~r0 = &{storage for func literal}:
escape_closure_large_capture.go:8:9:     from func literal (spill) at escape_closure_large_capture.go:8:9
escape_closure_large_capture.go:8:9:     from return func literal (return) at escape_closure_large_capture.go:8:2
escape_closure_large_capture.go:6:6: a escapes to heap:
escape_closure_large_capture.go:6:6:   flow: {storage for func literal} = &a:
escape_closure_large_capture.go:6:6:     from a (captured by a closure) at escape_closure_large_capture.go:8:29
escape_closure_large_capture.go:6:6:     from a (reference) at escape_closure_large_capture.go:8:29
escape_closure_large_capture.go:6:6: moved to heap: a
escape_closure_large_capture.go:8:9: func literal escapes to heap
escape_closure_large_capture.go:12:21: .autotmp_0() escapes to heap:
escape_closure_large_capture.go:12:21:   flow: {storage for ... argument} = &{storage for .autotmp_0()}:
escape_closure_large_capture.go:12:21:     from .autotmp_0() (spill) at escape_closure_large_capture.go:12:21
escape_closure_large_capture.go:12:21:     from ... argument (slice-literal-element) at escape_closure_large_capture.go:12:13
escape_closure_large_capture.go:12:21:   flow: {heap} = {storage for ... argument}:
escape_closure_large_capture.go:12:21:     from ... argument (spill) at escape_closure_large_capture.go:12:13
escape_closure_large_capture.go:12:21:     from fmt.Println(... argument...) (call parameter) at escape_closure_large_capture.go:12:13
escape_closure_large_capture.go:12:13: ... argument does not escape
escape_closure_large_capture.go:12:21: .autotmp_0() escapes to heap
