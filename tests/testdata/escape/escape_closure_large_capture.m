escape_closure_large_capture.go:6:6: moved to heap: a
escape_closure_large_capture.go:8:9: func literal escapes to heap
escape_closure_large_capture.go:12:13: ... argument does not escape
escape_closure_large_capture.go:12:21: .autotmp_0() escapes to heap
