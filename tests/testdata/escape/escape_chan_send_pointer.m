escape_chan_send_pointer.go:5:14: c does not escape
escape_chan_send_pointer.go:6:2: moved to heap: x
escape_chan_send_pointer.go:13:13: ... argument does not escape
escape_chan_send_pointer.go:13:14: *(<-c) escapes to heap
