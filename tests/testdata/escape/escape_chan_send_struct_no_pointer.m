escape_chan_send_struct_no_pointer.go:16:13: ... argument does not escape
escape_chan_send_struct_no_pointer.go:16:23: roundTrip() escapes to heap
