escape_chan_local_send_pointer.go:7:2: moved to heap: x
escape_chan_local_send_pointer.go:14:13: ... argument does not escape
escape_chan_local_send_pointer.go:14:23: roundTrip() escapes to heap
