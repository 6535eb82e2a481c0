escape_chan_send_struct_with_pointer.go:9:14: c does not escape
escape_chan_send_struct_with_pointer.go:10:2: moved to heap: x
escape_chan_send_struct_with_pointer.go:18:13: ... argument does not escape
escape_chan_send_struct_with_pointer.go:18:14: *m.p escapes to heap
