escape_receiver_pointer.go:9:7: c does not escape
escape_receiver_pointer.go:11:7: leaking param: c
escape_receiver_pointer.go:13:7: leaking param: c to result ~r0 level=0
escape_receiver_pointer.go:18:7: &Counter{} escapes to heap
escape_receiver_pointer.go:20:13: ... argument does not escape
escape_receiver_pointer.go:20:15: a.n escapes to heap
escape_receiver_pointer.go:20:23: last.n escapes to heap
escape_receiver_pointer.go:20:35: (*Counter).Self(a).n escapes to heap
