escape_receiver_value.go:10:7: leaking param: s to result ~r0 level=0
escape_receiver_value.go:12:7: leaking param: s to result ~r0 level=0
escape_receiver_value.go:15:2: moved to heap: x
escape_receiver_value.go:17:13: ... argument does not escape
escape_receiver_value.go:17:20: S.Name(s) escapes to heap
escape_receiver_value.go:17:24: *S.Ptr(s) escapes to heap
